// The visit's tracker requests in the order they left, as text: per request what it
// carried itself ("request 3 of 7 to … carried …") and who saw it when not the browser's request log.
import { formatDuration } from '../core/consent/describe-consent';
import type { PageRecord } from '../core/records/page-record';
import { carriedOnPage } from '../core/records/record-marks';
import { CarriedLine, SourceMark } from '../ui/RecordMarks';
import { t, uiLanguage } from '../ui/i18n';
import { formatDate, formatNumber, formatTime } from './format';

const SHOWN = 100;

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

export function RequestTable({ page }: { page: PageRecord }) {
  const lang = uiLanguage();
  if (page.requests.length === 0) return null;
  const total = page.requests.length + page.droppedRequests;
  const shown = page.requests.slice(0, SHOWN);
  const carried = carriedOnPage(page);
  return (
    <details class="requests">
      <summary>{t('dashboardRequestsHeading', formatNumber(total))}</summary>
      {/* Focusable so the scrolled table can be read by keyboard; a group, not a landmark region: a site
          page lists many visits, and reloads in the same second would give landmarks the same name. */}
      <div class="table-scroll" tabIndex={0} role="group" aria-label={`${t('dashboardRequestsHeading', formatNumber(total))} · ${pathOf(page.url)} · ${formatDate(page.startedAt)} ${formatTime(page.startedAt)}`}>
        <table data-testid="visit-requests">
          <thead>
            <tr>
              <th scope="col">{t('dashboardColumnWhen')}</th>
              <th scope="col">{t('dashboardColumnRecipient')}</th>
              <th scope="col">{t('dashboardColumnRequest')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const tracker = page.trackers[r.trackerKey]?.tracker;
              return (
                <tr key={r.requestId} data-testid="visit-request" data-source={r.source ?? 'request-log'}>
                  <td class="offset">{formatDuration(Math.max(0, r.timeStamp - page.startedAt), lang)}</td>
                  <td>{tracker ? `${tracker.company} · ${tracker.name}` : r.trackerKey}</td>
                  <td>
                    <CarriedLine carried={carried.get(r)} recipient={tracker?.name ?? r.trackerKey} />
                    <code class="value">
                      {r.method} {r.url}
                    </code>
                    <SourceMark request={r} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {total > shown.length && <p class="muted">{t('popupMoreRequests', formatNumber(total - shown.length))}</p>}
    </details>
  );
}
