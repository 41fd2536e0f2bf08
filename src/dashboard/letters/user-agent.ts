// The browser's name and version for the evidence file: the pure parser lives in
// core (the CLI reads a HAR's user agent with it too).
export { browserFromUserAgent, type Brand, type BrowserInfo } from '../../core/evidence/user-agent';
