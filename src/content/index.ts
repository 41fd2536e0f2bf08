// The content script: reads the page into plain signals and sends them on.
// Consent observation runs in every frame from document_start; the health
// verdict only for the top-level page. It never changes the page.
import { startConsentObserver } from './consent/index';
import { watchPageHealth } from './health-watch';
import './resource-timing';
import { sendToBackground } from './runtime';

startConsentObserver((event) => sendToBackground('content:consentEvent', { event }));

if (window.top === window) watchPageHealth((report) => sendToBackground('content:pageVerdict', report));
