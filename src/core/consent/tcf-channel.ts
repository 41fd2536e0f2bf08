// The window.postMessage channel between the MAIN-world TCF bridge and the content
// script. Not a secret: any page script can read and forge these messages. That is
// acceptable because the data is the page's own claim anyway (its __tcfapi could say
// anything); the name only keeps us from colliding with other postMessage traffic.
export const TCF_CHANNEL = 'pixelwacht:tcf:7f3c9a2e';

/** Longest TC string we accept or keep (real ones are a few hundred characters). */
export const MAX_TC_STRING_LENGTH = 8192;

/** At most this many messages per page: addEventListener can call back on every change. */
export const MAX_TCF_MESSAGES = 20;
