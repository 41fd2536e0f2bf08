import { beforeEach, describe, expect, test, vi } from 'vitest';

// An in-memory storage.local in place of the extension's.
const store = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      local: {
        get: async (key: string) => (store.has(key) ? { [key]: structuredClone(store.get(key)) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) store.set(k, structuredClone(v));
        },
        remove: async (key: string) => void store.delete(key),
      },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  },
}));

const letters = await import('../../../src/storage/letters');
const { LETTERS_KEY, SENDER_KEY, MAX_LETTERS } = letters;

const sample = (over: Partial<import('../../../src/storage/letters').SentLetter> = {}) => ({
  id: 'a', site: 'zorg.nl', kind: 'organisation' as const, sentOn: '2026-10-01', lang: 'nl' as const, answered: false, ...over,
});

beforeEach(() => store.clear());

describe('sent letters (pure)', () => {
  test('only well-formed entries of this version are read', () => {
    expect(letters.parseLetters(undefined)).toEqual([]);
    expect(letters.parseLetters({ v: 2, letters: [sample()] })).toEqual([]);
    expect(letters.parseLetters({ v: 1, letters: [sample(), { ...sample(), sentOn: '1 oktober' }, { ...sample(), kind: 'fax' }, null] })).toEqual([sample()]);
  });

  test('adding replaces by id, caps the list, and refuses a bad date', () => {
    const many = Array.from({ length: MAX_LETTERS }, (_, i) => sample({ id: String(i) }));
    const next = letters.withLetter(many, sample({ id: 'new' }));
    expect(next).toHaveLength(MAX_LETTERS);
    expect(next.at(-1)!.id).toBe('new');
    expect(letters.withLetter([sample()], sample({ sentOn: '2026-10-02' }))).toEqual([sample({ sentOn: '2026-10-02' })]);
    expect(() => letters.withLetter([], sample({ sentOn: '2026-1-2' }))).toThrow();
  });

  test('a site’s letters newest first; the complaint’s prior contact is the latest organisation letter', () => {
    const list = [
      sample({ id: '1', sentOn: '2026-09-01', answered: true }),
      sample({ id: '2', sentOn: '2026-10-01' }),
      sample({ id: '3', sentOn: '2026-11-01', kind: 'complaint' }),
      sample({ id: '4', sentOn: '2026-12-01', site: 'other.nl' }),
    ];
    expect(letters.lettersFor(list, 'zorg.nl').map((l) => l.id)).toEqual(['3', '2', '1']);
    expect(letters.priorContact(list, 'zorg.nl')).toEqual({ sentOn: '2026-10-01', answered: false });
    expect(letters.priorContact(list, 'nowhere.nl')).toBeUndefined();
    expect(letters.priorContact(letters.withAnswered(list, '2', true), 'zorg.nl')).toEqual({ sentOn: '2026-10-01', answered: true });
    expect(letters.withoutLetter(list, '2').map((l) => l.id)).toEqual(['1', '3', '4']);
  });
});

describe('sent letters and sender details in storage.local', () => {
  test('one versioned key holds the letters; answered and forget update it', async () => {
    const saved = await letters.recordSentLetter({ site: 'zorg.nl', kind: 'organisation', sentOn: '2026-10-01', lang: 'en' });
    expect(store.get(LETTERS_KEY)).toEqual({ v: 1, letters: [saved] });
    await letters.setLetterAnswered(saved.id, true);
    expect((await letters.readLetters())[0]!.answered).toBe(true);
    await letters.forgetLetter(saved.id);
    expect(await letters.readLetters()).toEqual([]);
    expect([...store.keys()]).toEqual([LETTERS_KEY]);
  });

  test('sender details are stored only when remembered, trimmed to their fields, and forgotten on request', async () => {
    expect(await letters.readRememberedSender()).toBeUndefined();
    await letters.rememberSender({ name: 'Sam', address: '', email: 'sam@example.nl', extra: 'x' } as never);
    expect(store.get(SENDER_KEY)).toEqual({ v: 1, name: 'Sam', email: 'sam@example.nl' });
    expect(await letters.readRememberedSender()).toEqual({ name: 'Sam', email: 'sam@example.nl' });
    await letters.rememberSender(null);
    expect(store.has(SENDER_KEY)).toBe(false);
    await letters.rememberSender({ name: ' ' });
    expect(store.has(SENDER_KEY)).toBe(false);
  });
});
