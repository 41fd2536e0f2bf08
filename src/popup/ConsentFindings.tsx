// What the three consent witnesses disagree on (core/consent/contradictions.ts), and
// what the site itself claims about consent, labelled as the site's claim. Renders
// nothing when there is neither, so pages without a CMP look as before.
import { pageContradictions, siteClaims, type Contradiction } from '../core/consent/contradictions';
import type { RecordSays } from '../core/consent/types';
import type { PageRecord } from '../core/records/page-record';
import { t } from '../ui/i18n';

const FINDING_KEY: Record<Contradiction['kind'], string> = {
  'refused-but-record-granted': 'consent_findingRefusedButRecordGranted',
  'record-denied-but-identifiers-sent': 'consent_findingRecordDeniedButSent',
  'consent-mode-denied-but-meta-linkedin': 'consent_findingConsentModeDeniedButSent',
  'tcf-action-without-interaction': 'consent_findingTcfWithoutInteraction',
};

const SAYS_KEY: Record<RecordSays, string> = {
  'accept-all': 'consent_saysAcceptAll',
  'reject-all': 'consent_saysRejectAll',
  'save-custom': 'consent_saysCustom',
  'no-choice': 'consent_saysNoChoice',
};

export function ConsentFindings({ page }: { page: PageRecord }) {
  const findings = pageContradictions(page);
  const claims = latestClaims(page);
  if (findings.length === 0 && claims.length === 0) return null;
  return (
    <section class="consent-findings" data-testid="consent-findings">
      <h2>{t('consent_findingsHeading')}</h2>
      {findings.length > 0 && (
        <ul>
          {findings.map((f) => (
            <li key={`${f.kind}-${f.t}`} class="finding" data-testid="consent-finding" data-kind={f.kind}>
              {t(FINDING_KEY[f.kind], [f.cmp ?? '', (f.companies ?? []).join(', '), String(f.requests ?? 0)])}
            </li>
          ))}
        </ul>
      )}
      {claims.map((c) => (
        <p key={c.key} class="muted" data-testid="consent-site-claim">
          {c.text}
        </p>
      ))}
    </section>
  );
}

/** The newest claim of each CMP record and of the TCF API. */
function latestClaims(page: PageRecord): Array<{ key: string; text: string }> {
  const latest = new Map<string, string>();
  for (const claim of siteClaims(page.consent)) {
    if (claim.type === 'cmp-record') latest.set(`record:${claim.cmp}`, t('consent_siteSaysRecord', [claim.cmp, t(SAYS_KEY[claim.says])]));
    else latest.set('tcf', t('consent_siteSaysTcf', [claim.eventStatus, claim.purposesConsented.join(', ') || '—']));
  }
  return [...latest].map(([key, text]) => ({ key, text }));
}
