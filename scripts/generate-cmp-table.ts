// Regenerates cmp-table.generated.ts from the installed autoconsent rules:
//   npx tsx scripts/generate-cmp-table.ts
// tests/unit/consent/cmp-rules.test.ts fails when the checked-in table is stale.
// (Node-only script; nothing in the extension imports it.)

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildCmpTable } from './cmp-table/build-table';
import { renderCmpTable } from './cmp-table/render-table';

const rulesPath = fileURLToPath(import.meta.resolve('@duckduckgo/autoconsent/rules/rules.json'));
const pkgPath = fileURLToPath(new URL('../node_modules/@duckduckgo/autoconsent/package.json', import.meta.url));
const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
const table = buildCmpTable(JSON.parse(readFileSync(rulesPath, 'utf8')));
const out = fileURLToPath(new URL('../src/core/consent/cmp-table.generated.ts', import.meta.url));
writeFileSync(out, renderCmpTable(table, version));
console.log(`wrote ${table.length} rules to ${out}`);
