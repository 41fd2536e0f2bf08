// The page's health verdict with its reasons (closed, with a one-line summary),
// and the user's say over it.
import { categoryLabel, formatReason } from '../core/health/reasons';
import type { PageRecord } from '../core/records/page-record';
import { isGeneralHealthPage, isHealthPage, type HealthOverride } from '../core/records/page-health';
import { t, uiLanguage } from '../ui/i18n';

const REASONS_SHOWN = 5;

export interface OverrideChange {
  scope: 'page' | 'site';
  value: HealthOverride | null;
}

function OverrideControls({ page, onOverride }: { page: PageRecord; onOverride: (change: OverrideChange) => void }) {
  const override = page.health?.override ?? null;
  const health = isHealthPage(page.health);
  return (
    <details class="override">
      <summary>{t('overrideQuestion')}</summary>
      <div class="override-buttons">
        <button type="button" data-testid="override-page" onClick={() => onOverride({ scope: 'page', value: health ? 'not-health' : 'health' })}>
          {t(health ? 'overridePageNotHealth' : 'overridePageHealth')}
        </button>
        <button type="button" data-testid="override-site" onClick={() => onOverride({ scope: 'site', value: health ? 'not-health' : 'health' })}>
          {t(health ? 'overrideSiteNotHealth' : 'overrideSiteHealth')}
        </button>
        {override && (
          <button type="button" data-testid="override-reset" onClick={() => onOverride({ scope: override.scope, value: null })}>
            {t('overrideReset')}
          </button>
        )}
      </div>
    </details>
  );
}

export function HealthHeader({ page, onOverride }: { page: PageRecord; onOverride: (change: OverrideChange) => void }) {
  const lang = uiLanguage();
  const verdict = page.health?.verdict ?? null;
  const override = page.health?.override ?? null;
  const health = isHealthPage(page.health);
  // "About health in general": amber, with its reasons, but no alarm.
  const general = !health && isGeneralHealthPage(page.health);
  const categories = verdict?.categories ?? [];
  const reasons = (health || general) && verdict && !override ? verdict.reasonCodes.slice(0, REASONS_SHOWN).map((code) => formatReason(code, lang)) : [];
  return (
    <section class={`health ${health ? 'is-health' : general ? 'is-general' : 'not-health'}`} data-testid="health" data-health={String(health)} aria-label={t('healthHeading')}>
      <p class="health-title">
        <strong>{t(health ? 'healthHeading' : general ? 'health_generalHeading' : 'healthNotHeading')}</strong>
        {health && categories.length > 0 && <span data-testid="health-categories">: {categories.map((c) => categoryLabel(c, lang)).join(', ')}</span>}
      </p>
      {general && !override && <p class="muted">{t('health_generalExplain')}</p>}
      {override && <p class="muted">{t(override.scope === 'site' ? 'healthOverriddenSite' : 'healthOverriddenPage')}</p>}
      {!verdict && !override && <p class="muted">{t('healthPending')}</p>}
      {reasons.length > 0 && (
        <details class="reasons">
          <summary>{t('healthReasonsSummary', reasons[0]!)}</summary>
          <ul data-testid="health-reasons" aria-label={t('healthWhy')}>
            {reasons.map((reason, i) => (
              <li key={i}>{reason}</li>
            ))}
          </ul>
        </details>
      )}
      <OverrideControls page={page} onOverride={onOverride} />
    </section>
  );
}
