// The consent part of the content script: startConsentObserver(send), in the isolated
// world only. Nothing of Pixelwacht runs in the page's own world.
export { startConsentObserver } from './observer';
