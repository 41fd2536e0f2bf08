// JSON with a stable key order, so the same bundle always gives the same bytes and
// therefore the same SHA-256: object keys sorted by UTF-16 code units at every level,
// arrays kept in order, two-space indentation, a final newline.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // Undefined properties do not exist in JSON; dropping them here keeps the
      // output independent of how an object was built.
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
