// Loads the per-vendor request fixtures (tests/fixtures/requests/<decoder>.json).
// Each case holds the same request as Chrome and as Firefox would report it, after
// the background's normaliser: Chrome `initiator` (an origin) vs Firefox `originUrl`
// (the document), Chrome `ping` vs Firefox `beacon`, and for form POSTs the body both
// as raw bytes decoded as UTF-8 and as `formData` re-encoded with encodeURIComponent.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ObservedRequest } from '../../../src/core/model';

export interface FixtureVariant {
  browser: 'chrome' | 'firefox';
  bodySource: 'raw' | 'formData' | null;
  request: ObservedRequest;
}

export interface FixtureCase {
  name: string;
  variants: FixtureVariant[];
  expected: { decoder: string; kind: string; disguised: boolean; disclosures: Array<Record<string, unknown>> };
  accountLinkage?: unknown;
}

export interface FixtureFile {
  decoder: string;
  source: string;
  cases: FixtureCase[];
}

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/requests', import.meta.url));

export function loadFixtures(): FixtureFile[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as FixtureFile);
}

export function fixtureFileNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json'));
}
