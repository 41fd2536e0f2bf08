// axe-core in an extension page of either browser. The page's CSP forbids inline
// scripts, so axe's source is evaluated through the driver (Chromium's CDP,
// Firefox's WebDriver BiDi script.evaluate), which the CSP does not govern.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Anything that evaluates an expression in the page and returns its (JSON) value, awaiting a promise. */
export interface Evaluates {
  evaluate<T>(expression: string): Promise<T>;
}

const RUN = `(async () => {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
})()`;

/** The page's moderate, serious and critical violations (`page-has-heading-one`, `heading-order` and `landmark-unique` are moderate). */
export async function axeViolations(page: Evaluates): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>('typeof axe !== "undefined"'))) await page.evaluate<unknown>(`${AXE_SOURCE};0`);
  const violations = await page.evaluate<AxeViolation[]>(RUN);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate');
}

/** A message for assert.deepEqual(violations, []). */
export const describeViolations = (what: string, violations: AxeViolation[]) => `${what}: ${JSON.stringify(violations, null, 1)}`;
