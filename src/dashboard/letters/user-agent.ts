// The browser's name and version for the evidence file, read from the user-agent
// string. Pure, so it is tested without a browser. Chrome's reduced user agent
// gives only the major version ("130.0.0.0"); that is what is recorded.

export interface BrowserInfo {
  name: string;
  version: string;
}

// Order matters: Edge and Opera also say "Chrome/", Chromium-based browsers say "Safari/".
const PATTERNS: Array<[name: string, pattern: RegExp]> = [
  ['Firefox', /\bFirefox\/(\d+(?:\.\d+)*)/],
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+(?:\.\d+)*)/],
  ['Opera', /\bOPR\/(\d+(?:\.\d+)*)/],
  ['Chromium', /\bChromium\/(\d+(?:\.\d+)*)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/(\d+(?:\.\d+)*)/],
  ['Safari', /\bVersion\/(\d+(?:\.\d+)*).*\bSafari\//],
];

export function browserFromUserAgent(userAgent: string): BrowserInfo {
  for (const [name, pattern] of PATTERNS) {
    const match = pattern.exec(userAgent);
    if (match) return { name, version: match[1]! };
  }
  return { name: 'unknown', version: 'unknown' };
}
