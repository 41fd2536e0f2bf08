// The browser's name and version for the evidence file, from the user-agent string
// and, where the browser has them, its client-hint brands (which tell Chromium from
// Google Chrome; the user-agent string does not). Pure, so it is tested without a
// browser. Chrome's reduced user agent gives only the major version ("130.0.0.0").

export interface BrowserInfo {
  name: string;
  version: string;
}

export interface Brand {
  brand: string;
  version: string;
}

// Order matters: Edge and Opera also say "Chrome/", Chromium-based browsers say "Safari/".
const PATTERNS: Array<[name: string, pattern: RegExp]> = [
  ['Firefox', /\bFirefox\/(\d+(?:\.\d+)*)/],
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+(?:\.\d+)*)/],
  ['Opera', /\bOPR\/(\d+(?:\.\d+)*)/],
  ['Chromium', /\bChromium\/(\d+(?:\.\d+)*)/],
  ['Chrome', /(?:\b|Headless)(?:Chrome|CriOS)\/(\d+(?:\.\d+)*)/],
  ['Safari', /\bVersion\/(\d+(?:\.\d+)*).*\bSafari\//],
];

const BRANDS: Array<[brand: string, name: string]> = [
  ['Microsoft Edge', 'Edge'],
  ['Opera', 'Opera'],
  ['Google Chrome', 'Chrome'],
  ['Chromium', 'Chromium'],
];

export function browserFromUserAgent(userAgent: string, brands: readonly Brand[] = []): BrowserInfo {
  let found: BrowserInfo = { name: 'unknown', version: 'unknown' };
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(userAgent);
    if (match) {
      found = { name, version: match[1]! };
      break;
    }
  }
  // Brands only refine a Chromium-based browser's name; the version stays the user agent's
  // (it is at least as precise as the brand's major version).
  if (['Chrome', 'Chromium', 'Edge', 'Opera'].includes(found.name)) {
    for (const [brand, name] of BRANDS) {
      if (brands.some((b) => b.brand === brand)) return { name, version: found.version };
    }
  }
  return found;
}
