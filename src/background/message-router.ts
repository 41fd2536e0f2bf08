// The background's single message listener: checks who is asking and what,
// drops anything unknown or malformed with a log line, then dispatches.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import {
  allowedSenders,
  envelopeSchema,
  MAX_MESSAGE_BYTES,
  requestSchemas,
  type MessageName,
  type Request,
  type Responses,
} from '../protocol/messages';

export type Handlers = {
  [N in MessageName]: (payload: Request<N>, sender: Runtime.MessageSender) => Promise<Responses[N]>;
};

/** Who we are: our extension id and the origin of our own pages (`chrome-extension://<id>/`). */
export interface Self {
  id: string;
  origin: string;
}

export function senderKind(sender: Runtime.MessageSender, self: Self): 'extension-page' | 'content-script' | null {
  if (sender.id !== self.id) return null;
  if (sender.url?.startsWith(self.origin)) return 'extension-page';
  // Content scripts always come with the tab they run in (Privacy Badger relies on the same).
  if (sender.tab && typeof sender.tab.id === 'number') return 'content-script';
  return null;
}

function approximateSize(message: unknown): number {
  try {
    return JSON.stringify(message)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function routeMessage(
  handlers: Handlers,
  message: unknown,
  sender: Runtime.MessageSender,
  self: Self,
): Promise<unknown> | undefined {
  if (approximateSize(message) > MAX_MESSAGE_BYTES) {
    console.warn('Pixelwacht: dropped an oversized message');
    return undefined;
  }
  const envelope = v.safeParse(envelopeSchema, message);
  if (!envelope.success) {
    console.warn('Pixelwacht: dropped an unknown or malformed message');
    return undefined;
  }
  const name = envelope.output.name;
  if (senderKind(sender, self) !== allowedSenders[name]) {
    console.warn(`Pixelwacht: dropped ${name} from a sender not allowed to send it`);
    return undefined;
  }
  const payload = v.safeParse(requestSchemas[name], envelope.output.payload);
  if (!payload.success) {
    console.warn(`Pixelwacht: dropped ${name} with a malformed payload`);
    return undefined;
  }
  const handler = handlers[name] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
  return handler(payload.output, sender);
}
