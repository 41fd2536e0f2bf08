// What the three consent witnesses say and where they disagree (core/consent/): the
// contradictions as findings, what the site itself claims (labelled as the site's
// claim), and the three-witness timeline in short — what Pixelwacht saw, what the
// site's record and TCF interface claimed, what the site told the trackers. Renders
// nothing when there is none of it, so pages without a CMP look as before.
import { findContradictions, siteClaims } from '../core/consent/contradictions';
import { formatDuration } from '../core/consent/describe-consent';
import type { RecordSays } from '../core/consent/types';
import { contradictionMessage, hasWitnessStatements, WITNESS_LABEL, witnessText } from '../core/consent/witness-text';
import { requestWitnesses } from '../core/consent/request-witness';
import { witnessTimeline, type WitnessEntry } from '../core/consent/witness-timeline';
import type { PageRecord } from '../core/records/page-record';
import { plural, t, uiLanguage } from '../ui/i18n';

/** Timeline lines the popup shows; the evidence file keeps them all. */
export const POPUP_WITNESS_LINES = 12;

const SAYS_KEY: Record<RecordSays, string> = {
  'accept-all': 'consent_saysAcceptAll',
  'reject-all': 'consent_saysRejectAll',
  'save-custom': 'consent_saysCustom',
  'no-choice': 'consent_saysNoChoice',
};

export function ConsentFindings({ page }: { page: PageRecord }) {
  // The requests' witness is read once for both the findings and the timeline.
  const requests = requestWitnesses(page);
  const findings = findContradictions(page.consent, requests);
  const claims = latestClaims(page);
  const entries = witnessTimeline(page.consent, requests);
  const showTimeline = hasWitnessStatements(entries);
  if (findings.length === 0 && claims.length === 0 && !showTimeline) return null;
  return (
    <section class="consent-findings" data-testid="consent-findings">
      <h2>{t('consent_findingsHeading')}</h2>
      {findings.length > 0 && (
        <ul>
          {findings.map((f) => {
            const m = contradictionMessage(f);
            return (
              <li key={`${f.kind}-${f.t}`} class="finding" data-testid="consent-finding" data-kind={f.kind}>
                {m.count === undefined ? t(m.key, m.subs) : plural(m.key, m.count, m.subs)}
              </li>
            );
          })}
        </ul>
      )}
      {claims.map((c) => (
        <p key={c.key} class="muted" data-testid="consent-site-claim">
          {c.text}
        </p>
      ))}
      {showTimeline && <WitnessTimeline entries={entries} start={page.consent?.navigationStart ?? page.startedAt} open={findings.length > 0} />}
    </section>
  );
}

function WitnessTimeline({ entries, start, open }: { entries: WitnessEntry[]; start: number; open: boolean }) {
  const lang = uiLanguage();
  const shown = entries.slice(0, POPUP_WITNESS_LINES);
  const more = entries.length - shown.length;
  return (
    <details data-testid="consent-witness-timeline" open={open}>
      <summary>{t('consent_witnessHeading')}</summary>
      <ol>
        {shown.map((e, i) => (
          <li key={`${e.witness}-${e.t}-${i}`} data-testid="consent-witness" data-witness={e.witness}>
            <span class="muted">
              {formatDuration(Math.max(0, e.t - start), lang)} · {WITNESS_LABEL[lang][e.witness]}:
            </span>{' '}
            {witnessText(e, lang)}
          </li>
        ))}
      </ol>
      {more > 0 && <p class="muted">{plural('consent_witnessMore', more)}</p>}
    </details>
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
