// The CLI's page files: one {url, title?, text?, html?, lang?} per line → a verdict.
// `html` is read with the same signal extraction as HAR bodies; `title` and `text`,
// when given, take precedence over what the HTML says. `lang` is the page's declared
// language. Reasons are in English, for researchers' output.
import { classifyPage } from './classify';
import { emptySignals, extractPageSignals } from './html-signals';
import { SIGNAL_CAPS, type PageVerdict } from './types';

export interface PageInput {
  url: string;
  title?: string;
  text?: string;
  html?: string;
  lang?: string;
}

export function verdictFromPageInput(input: PageInput): PageVerdict {
  const url = typeof input.url === 'string' ? input.url : '';
  const signals = typeof input.html === 'string' ? extractPageSignals(input.html, url) : emptySignals(url);
  if (typeof input.title === 'string') signals.title = input.title.slice(0, SIGNAL_CAPS.shortFieldChars);
  if (typeof input.text === 'string') signals.mainText = input.text.slice(0, SIGNAL_CAPS.mainText);
  if (typeof input.lang === 'string' && input.lang) signals.lang = input.lang;
  return classifyPage(signals, { lang: 'en' });
}
