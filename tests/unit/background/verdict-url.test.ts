// A verdict whose address is longer than 4,096 characters is cut, never dropped (issue 11, part 6).
import * as v from 'valibot';
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { routeMessage } = await import('../../../src/background/message-router');
const { VERDICT_URL_CHARS, pageVerdictSchema } = await import('../../../src/protocol/schemas/page-verdict');

const verdict = { health: true, score: 0.9, categories: [], language: 'nl', reasonCodes: [], matchedTerms: [] };
const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const sender = { id: 'ext', tab: { id: 3 }, frameId: 0, url: 'https://a.example/' } as unknown as Runtime.MessageSender;

describe('a long verdict address', () => {
  test.each([5000, 100_000])('%i characters: the router delivers the verdict, its address cut to the cap', async (length) => {
    const url = `https://www.zorg.example/ivf?utm_content=${'x'.repeat(length)}`;
    const received: string[] = [];
    const handlers = { 'content:pageVerdict': async (p: { url: string }) => void received.push(p.url) } as never;
    await routeMessage(handlers, { name: 'content:pageVerdict', payload: { url, title: 'IVF', verdict } }, sender, self);
    expect(received).toHaveLength(1);
    expect(received[0]!.length).toBe(VERDICT_URL_CHARS);
    expect(url.startsWith(received[0]!)).toBe(true);
  });
  test('a short one is kept as it is', () => {
    expect(v.parse(pageVerdictSchema, { url: 'https://a.example/#x', title: '', verdict }).url).toBe('https://a.example/#x');
  });
});
