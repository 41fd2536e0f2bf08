// A mailto: address for the user's own mail program. Pixelwacht never sends mail;
// the user's program opens with the letter filled in and the user decides.
import type { Lang } from '../../core/model';

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

/** Mail programs and browsers cut or refuse long mailto: links; stay well below the ~2,000 characters most accept. */
export const MAILTO_MAX_CHARS = 1800;

// Letter text (in the letter's language, not the interface's): the body the mail
// program opens with when the letter itself is too long for a mailto: link.
const SHORT_BODY = {
  nl: '[Plak hier de brief: die is te lang voor een e-mailkoppeling. Kopieer hem in Pixelwacht met “Kopiëren”.]',
  en: '[Paste the letter here: it is too long for an e-mail link. Copy it in Pixelwacht with “Copy”.]',
} as const;

/** The mailto: link for a letter: the whole body when it fits, else a short body asking to paste it. */
export function mailtoFor(to: string, subject: string, body: string, lang: Lang): { url: string; fits: boolean } {
  const full = mailtoUrl(to, subject, body);
  if (full.length <= MAILTO_MAX_CHARS) return { url: full, fits: true };
  return { url: mailtoUrl(to, subject, SHORT_BODY[lang]), fits: false };
}
