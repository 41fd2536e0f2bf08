// Every runtime message is checked: who sent it, what it is, how big it is.
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { routeMessage, type Handlers } from '../../../src/background/message-router';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const SELF = { id: 'pixelwacht-id', origin: 'chrome-extension://pixelwacht-id/' };
const popupSender: Runtime.MessageSender = { id: SELF.id, url: `${SELF.origin}src/popup/index.html` };
const contentSender: Runtime.MessageSender = { id: SELF.id, url: 'https://www.cz.nl/ggz', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false }, frameId: 0 };
const otherExtension: Runtime.MessageSender = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };

function handlers() {
  const calls: string[] = [];
  const record = (name: string) => async () => {
    calls.push(name);
    return undefined as never;
  };
  const h = {
    'popup:setPaused': record('popup:setPaused'),
    'popup:setHealthOverride': record('popup:setHealthOverride'),
    'dashboard:eraseAll': record('dashboard:eraseAll'),
    'content:consentEvent': record('content:consentEvent'),
    'content:pageVerdict': record('content:pageVerdict'),
  } as unknown as Handlers;
  return { h, calls };
}

const verdict = {
  url: 'https://www.cz.nl/ggz',
  title: 'GGZ',
  verdict: { health: true, score: 0.9, categories: ['mental-health'], language: 'nl', reasonCodes: [], matchedTerms: [] },
};

describe('message router', () => {
  test('valid messages from the right senders are dispatched', async () => {
    const { h, calls } = handlers();
    await routeMessage(h, { name: 'popup:setPaused', payload: { tabId: 3, paused: true } }, popupSender, SELF);
    await routeMessage(h, { name: 'content:pageVerdict', payload: verdict }, contentSender, SELF);
    await routeMessage(h, { name: 'content:consentEvent', payload: { event: { type: 'first-interaction', t: 1, kind: 'pointer' } } }, contentSender, SELF);
    expect(calls).toEqual(['popup:setPaused', 'content:pageVerdict', 'content:consentEvent']);
  });

  const dropped: [string, unknown, Runtime.MessageSender][] = [
    ['unknown name', { name: 'popup:deleteEverything', payload: {} }, popupSender],
    ['not an object', 'popup:setPaused', popupSender],
    ['null', null, popupSender],
    ['extra envelope fields', { name: 'popup:setPaused', payload: { tabId: 1, paused: false }, extra: 1 }, popupSender],
    ['malformed payload', { name: 'popup:setPaused', payload: { tabId: 'one', paused: true } }, popupSender],
    ['negative tab id', { name: 'popup:setPaused', payload: { tabId: -5, paused: true } }, popupSender],
    ['extra payload fields', { name: 'popup:setPaused', payload: { tabId: 1, paused: true, evil: true } }, popupSender],
    ['a command from a content script', { name: 'dashboard:eraseAll', payload: {} }, contentSender],
    ['page data from an extension page', { name: 'content:pageVerdict', payload: verdict }, popupSender],
    ['another extension', { name: 'popup:setPaused', payload: { tabId: 1, paused: false } }, otherExtension],
    ['no sender id', { name: 'popup:setPaused', payload: { tabId: 1, paused: false } }, { url: popupSender.url }],
    ['a content script without a tab', { name: 'content:pageVerdict', payload: verdict }, { id: SELF.id, url: 'https://a.nl/' }],
    ['a verdict with page text smuggled in', { name: 'content:pageVerdict', payload: { ...verdict, text: 'the whole page' } }, contentSender],
    ['an oversized title', { name: 'content:pageVerdict', payload: { ...verdict, title: 'x'.repeat(301) } }, contentSender],
    ['an oversized message', { name: 'content:pageVerdict', payload: { ...verdict, pad: 'x'.repeat(300_000) } }, contentSender],
    ['an unknown consent event', { name: 'content:consentEvent', payload: { event: { type: 'click-everything', t: 1 } } }, contentSender],
    ['a consent event with a NaN time', { name: 'content:consentEvent', payload: { event: { type: 'banner-hidden', t: Number.NaN } } }, contentSender],
  ];

  test.each(dropped)('drops %s', async (_what, message, sender) => {
    const { h, calls } = handlers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(routeMessage(h, message, sender, SELF)).toBeUndefined();
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  test('a message that cannot be serialised is dropped, not thrown on', () => {
    const { h, calls } = handlers();
    const cyclic: Record<string, unknown> = { name: 'popup:setPaused' };
    cyclic.payload = cyclic;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(routeMessage(h, cyclic, popupSender, SELF)).toBeUndefined();
    expect(calls).toEqual([]);
    warn.mockRestore();
  });
});
