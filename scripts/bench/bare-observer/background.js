// The bare observer: listens to every request and does nothing with it. The
// page-load benchmark compares Pixelwacht with this, so what Pixelwacht adds
// beyond observing at all is visible.
/* global chrome, browser */
const api = typeof browser === 'undefined' ? chrome : browser;
api.webRequest.onBeforeRequest.addListener(() => undefined, { urls: ['<all_urls>'] });
