// Character references in HTML text and attributes: numeric ones fully, named ones
// for the common cases in Dutch and English pages. Unknown names are left as written.

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', copy: '©', reg: '®', euro: '€',
  hellip: '…', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', rarr: '→', larr: '←', deg: '°', times: '×', eacute: 'é', egrave: 'è', ecirc: 'ê',
  euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', iacute: 'í', iuml: 'ï', icirc: 'î', oacute: 'ó',
  ocirc: 'ô', ouml: 'ö', uacute: 'ú', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', Eacute: 'É',
  Euml: 'Ë', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä', Iuml: 'Ï',
};

const REF = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});?/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REF, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Surrogates and out-of-range code points are invalid references: U+FFFD as browsers do.
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return NAMED[ref] ?? whole;
  });
}
