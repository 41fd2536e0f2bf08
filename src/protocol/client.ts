// Typed sending for UI pages and content scripts.
import browser from 'webextension-polyfill';
import type { MessageName, Request, Responses } from './messages';

export function send<N extends MessageName>(name: N, payload: Request<N>): Promise<Responses[N]> {
  return browser.runtime.sendMessage({ name, payload }) as Promise<Responses[N]>;
}
