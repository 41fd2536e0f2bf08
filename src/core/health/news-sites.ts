// Major Dutch and English-language news publishers by registrable domain. Their pages
// are news about others unless a page says otherwise (a MedicalWebPage): a story about
// a celebrity's miscarriage or plague abroad says nothing about the reader's health.
// Like known-sites.ts this is a prior for the page kind, matched on parent domains.
const NEWS = (
  'nos.nl nu.nl ad.nl telegraaf.nl volkskrant.nl nrc.nl trouw.nl parool.nl rtlnieuws.nl rtl.nl hart.nl ' +
  'omroepbrabant.nl rtvnoord.nl nhnieuws.nl at5.nl destentor.nl tubantia.nl gelderlander.nl bndestem.nl pzc.nl ' +
  'ed.nl limburger.nl lc.nl dvhn.nl metronieuws.nl hln.be nieuwsblad.be standaard.be vrt.be demorgen.be ' +
  'bbc.co.uk bbc.com theguardian.com guardian.co.uk nytimes.com washingtonpost.com reuters.com apnews.com ' +
  'cnn.com foxnews.com nbcnews.com cbsnews.com abcnews.go.com usatoday.com independent.co.uk telegraph.co.uk ' +
  'thetimes.co.uk dailymail.co.uk mirror.co.uk thesun.co.uk sky.com news.sky.com ft.com economist.com ' +
  'bloomberg.com npr.org politico.com politico.eu aljazeera.com dw.com euronews.com huffpost.com ' +
  'businessinsider.com forbes.com time.com newsweek.com theatlantic.com vox.com axios.com latimes.com ' +
  'nypost.com abc.net.au cbc.ca smh.com.au irishtimes.com rte.ie'
)
  .split(/\s+/)
  .filter(Boolean);

const SET = new Set(NEWS);

/** The news publisher's domain a host belongs to, if any. */
export function newsSite(hostname: string): string | null {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (let guard = 0; guard < 10 && host.includes('.'); guard++) {
    if (SET.has(host)) return host;
    host = host.slice(host.indexOf('.') + 1);
  }
  return null;
}
