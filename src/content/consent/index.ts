// The consent part of the content script. Wire: startConsentObserver(send) in the
// isolated content script; tcf-main-world.ts as a separate MAIN-world content script.
export { startConsentObserver } from './observer';
