// The marks that keep a record honest, the same in the popup and on the dashboard:
// a request not seen by the browser's request log says who saw it, a request says
// what it carried itself ("request 3 of 7 to Meta carried …"), and a page whose
// record may be incomplete says why. Words come from the locales (record-marks.ts decides).
import type { PageRecord, RecordedRequest, RequestSource } from '../core/records/page-record';
import { listOf } from '../core/records/headline';
import { incompleteReasons, type IncompleteReason, type RequestCarried } from '../core/records/record-marks';
import { formatNumber, t, uiLanguage } from './i18n';
import { chipText } from './labels';

const SOURCE_TEXT: Record<RequestSource, () => string> = {
  'page-timing': () => t('attrib_sourcePageTiming'),
  'service-worker': () => t('attrib_sourceServiceWorker'),
};

const REASON_TEXT: Record<IncompleteReason, () => string> = {
  'opened-before-start': () => t('attrib_gapOpenedBeforeStart'),
  'worker-restarted': () => t('attrib_gapWorkerRestarted'),
  'page-timing-capped': () => t('attrib_gapPageTimingCapped'),
  truncated: () => t('attrib_recordTruncated'),
};

/** "(seen by the page, not by the browser's request log)"; nothing for a request the request log showed. */
export function SourceMark({ request }: { request: Pick<RecordedRequest, 'source'> }) {
  if (!request.source) return null;
  return (
    <span class="source-mark" data-testid="request-source" data-source={request.source}>
      {SOURCE_TEXT[request.source]()}
    </span>
  );
}

/** "Request 3 of 7 to Meta carried: the address of the page, a hashed e-mail address". */
export function CarriedLine({ carried, recipient }: { carried: RequestCarried | undefined; recipient: string }) {
  if (!carried) return null;
  const position = [formatNumber(carried.ordinal), formatNumber(carried.total), recipient];
  const what = listOf(carried.chips.map(chipText), (key, subs) => t(key, subs), uiLanguage());
  return (
    <p class="carried" data-testid="request-carried" data-ordinal={String(carried.ordinal)} data-total={String(carried.total)} data-chips={carried.chips.map((c) => c.id).join(' ')}>
      {carried.chips.length > 0 ? t('attrib_requestCarried', [...position, what]) : t('attrib_requestCarriedNothing', position)}
    </p>
  );
}

/** One line per reason the page's record may be incomplete; nothing when none is known. */
export function IncompleteNote({ page }: { page: Pick<PageRecord, 'gaps' | 'truncated'> }) {
  const reasons = incompleteReasons(page);
  if (reasons.length === 0) return null;
  return (
    <ul class="incomplete-note" data-testid="record-incomplete" data-reasons={reasons.join(' ')}>
      {reasons.map((reason) => (
        <li key={reason} data-reason={reason}>
          {REASON_TEXT[reason]()}
        </li>
      ))}
    </ul>
  );
}
