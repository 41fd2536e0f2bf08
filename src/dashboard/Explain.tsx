// "What does this mean?": a short, factual explanation behind a disclosure
// triangle, so the page stays calm for those who already know.
import { t } from '../ui/i18n';
import { hasMessage } from './labels';

export interface Explanation {
  /** What is being explained, as shown next to it (a chip, a kind, a consent state). */
  label: string;
  key: string;
}

/** One explanation; nothing when the locale has no text for it. */
export function Explain({ label, textKey }: { label: string; textKey: string }) {
  if (!hasMessage(textKey)) return null;
  return (
    <details class="explain" data-testid="explain" data-explain={textKey}>
      <summary>
        {t('explainQuestion')}
        <span class="visually-hidden"> {label}</span>
      </summary>
      <p>{t(textKey)}</p>
    </details>
  );
}

/** Several explanations under one disclosure triangle, each with its label. */
export function ExplainAll({ items, summary }: { items: Explanation[]; summary?: string }) {
  const known = items.filter((item, i) => hasMessage(item.key) && items.findIndex((x) => x.key === item.key) === i);
  if (known.length === 0) return null;
  return (
    <details class="explain" data-testid="explain-all">
      <summary>{summary ?? t('explainQuestion')}</summary>
      <dl>
        {known.map((item) => (
          <div key={item.key} data-explain={item.key}>
            <dt>{item.label}</dt>
            <dd>{t(item.key)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
