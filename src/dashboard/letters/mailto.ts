// A mailto: address for the user's own mail program. Pixelwacht never sends mail;
// the user's program opens with the letter filled in and the user decides.

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The first thing in `text` that looks like an e-mail address, or ''. */
export function emailIn(text: string | undefined): string {
  for (const word of (text ?? '').split(/[\s,;<>()]+/)) if (EMAIL.test(word)) return word;
  return '';
}

/** RFC 6068: subject and body percent-encoded, line breaks as CRLF. */
export function mailtoUrl(to: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const address = EMAIL.test(to) ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  return `mailto:${address}?subject=${enc(subject)}&body=${enc(body)}`;
}
