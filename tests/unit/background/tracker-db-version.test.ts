// The tracker database's version is read from the database the background loaded
// (TrackerIdentifier.version), for the popup's credit and for the evidence file:
// never a build constant of whichever page asks.
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { createEventIntake } from '../../../src/background/event-intake';
import { createHandlers, createTabView } from '../../../src/background/handlers';

vi.mock('webextension-polyfill', () => ({
  default: { permissions: { contains: async () => true }, storage: { local: { get: async () => ({}) } } },
}));

const sender = { id: 'pixelwacht' } as Runtime.MessageSender;

function handlersWith(version: string) {
  let loaded!: (v: { trackers: { version: string } }) => void;
  const ready = new Promise<{ trackers: { version: string } }>((resolve) => (loaded = resolve));
  const intake = createEventIntake(ready, (error) => {
    throw error;
  });
  const deps = { intake, tabs: { page: () => null }, paused: { has: () => false } } as unknown as Parameters<typeof createHandlers>[0];
  return { handlers: createHandlers(deps), tabView: createTabView(deps), load: () => loaded({ trackers: { version } }) };
}

describe('the tracker database version', () => {
  test('comes from the loaded database, once start-up has loaded it', async () => {
    const { handlers, tabView, load } = handlersWith('9.9.9-loaded');
    const answer = handlers['dashboard:trackerDatabase']({}, sender);
    const view = tabView(3);
    load();
    expect(await answer).toEqual({ version: '9.9.9-loaded' });
    expect((await view).trackerDbVersion).toBe('9.9.9-loaded');
  });
});
