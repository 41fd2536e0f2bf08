// Letters the user marked as sent, and the user's own details if they asked to be
// remembered. storage.local, one versioned key each; erase-all clears both
// (it clears storage.local). Nothing here is ever sent anywhere.
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { Lang } from '../core/evidence';
import { LANGS } from '../core/model';
import type { PriorContact, Sender } from '../core/letters';
import { LETTERS_KEY, SENDER_KEY } from './keys';

export { LETTERS_KEY, SENDER_KEY };

/** Enough for years of letters; the oldest go first. */
export const MAX_LETTERS = 500;

export type LetterKind = 'organisation' | 'complaint' | 'tip';

export interface SentLetter {
  id: string;
  site: string;
  kind: LetterKind;
  /** YYYY-MM-DD, as the user entered it. */
  sentOn: string;
  lang: Lang;
  answered: boolean;
}

interface StoredLetters {
  v: 1;
  letters: SentLetter[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const sentLetterSchema = v.looseObject({
  id: v.string(),
  site: v.string(),
  kind: v.picklist(['organisation', 'complaint', 'tip']),
  sentOn: v.pipe(v.string(), v.regex(DATE)),
  lang: v.picklist(LANGS),
  answered: v.boolean(),
});
const storedLettersSchema = v.object({ v: v.literal(1), letters: v.array(v.unknown()) });

/** The stored list, keeping only well-formed entries; anything else reads as empty. */
export function parseLetters(value: unknown): SentLetter[] {
  if (!v.is(storedLettersSchema, value)) return [];
  return value.letters.filter((l): l is SentLetter => v.is(sentLetterSchema, l));
}

export function withLetter(letters: readonly SentLetter[], letter: SentLetter): SentLetter[] {
  if (!DATE.test(letter.sentOn)) throw new Error(`not a YYYY-MM-DD date: ${letter.sentOn}`);
  return [...letters.filter((l) => l.id !== letter.id), letter].slice(-MAX_LETTERS);
}

export function withAnswered(letters: readonly SentLetter[], id: string, answered: boolean): SentLetter[] {
  return letters.map((l) => (l.id === id ? { ...l, answered } : l));
}

export function withoutLetter(letters: readonly SentLetter[], id: string): SentLetter[] {
  return letters.filter((l) => l.id !== id);
}

/** A site's letters, newest sending date first. */
export function lettersFor(letters: readonly SentLetter[], site: string): SentLetter[] {
  return letters.filter((l) => l.site === site).sort((a, b) => b.sentOn.localeCompare(a.sentOn) || b.id.localeCompare(a.id));
}

/** The latest letter to the site's organisation, as the complaint mentions it. */
export function priorContact(letters: readonly SentLetter[], site: string): PriorContact | undefined {
  const latest = lettersFor(letters, site).find((l) => l.kind === 'organisation');
  return latest ? { sentOn: latest.sentOn, answered: latest.answered } : undefined;
}

export function newLetterId(now: number, random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

/** Only the fields a sender has, trimmed; undefined when all are empty. */
export function parseSender(value: unknown): Sender | undefined {
  const s = value as (Sender & { v?: number }) | null;
  if (!s || typeof s !== 'object' || s.v !== 1) return undefined;
  const out: Sender = {};
  for (const field of ['name', 'address', 'email'] as const) {
    const v = s[field];
    if (typeof v === 'string' && v.trim()) out[field] = v.slice(0, 2000);
  }
  return Object.keys(out).length ? out : undefined;
}

export async function readLetters(): Promise<SentLetter[]> {
  return parseLetters((await browser.storage.local.get(LETTERS_KEY))[LETTERS_KEY]);
}

async function writeLetters(letters: SentLetter[]): Promise<void> {
  const stored: StoredLetters = { v: 1, letters };
  await browser.storage.local.set({ [LETTERS_KEY]: stored });
}

export async function recordSentLetter(letter: Omit<SentLetter, 'id' | 'answered'>): Promise<SentLetter> {
  const saved: SentLetter = { ...letter, id: newLetterId(Date.now()), answered: false };
  await writeLetters(withLetter(await readLetters(), saved));
  return saved;
}

export async function setLetterAnswered(id: string, answered: boolean): Promise<void> {
  await writeLetters(withAnswered(await readLetters(), id, answered));
}

export async function forgetLetter(id: string): Promise<void> {
  await writeLetters(withoutLetter(await readLetters(), id));
}

export async function readRememberedSender(): Promise<Sender | undefined> {
  return parseSender((await browser.storage.local.get(SENDER_KEY))[SENDER_KEY]);
}

/** Remember the user's details (only when they asked), or forget them (null). */
export async function rememberSender(sender: Sender | null): Promise<void> {
  const kept = sender ? parseSender({ ...sender, v: 1 }) : undefined;
  if (kept) await browser.storage.local.set({ [SENDER_KEY]: { v: 1, ...kept } });
  else await browser.storage.local.remove(SENDER_KEY);
}

/** Calls back whenever the stored letters change (another tab, the wizard, erase-all). */
export function onLettersChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && LETTERS_KEY in changes) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
