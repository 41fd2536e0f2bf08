import { emptySignals } from '../../../src/core/health/html-signals';
import type { PageSignals } from '../../../src/core/health/types';

/** A page with only the given fields set. */
export function page(fields: Partial<PageSignals> & { url?: string }): PageSignals {
  return { ...emptySignals(fields.url ?? 'https://example.org/'), ...fields };
}
