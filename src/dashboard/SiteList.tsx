// One page of the history: a table of sites, each a link to its record.
import type { SiteEntry } from '../core/records/history-query';
import { plural, t } from '../ui/i18n';
import { formatDateTime } from './format';
import { href } from './router';

const NAMES_SHOWN = 4;

function companyNames(entry: SiteEntry): string {
  const shown = entry.companies.slice(0, NAMES_SHOWN).join(', ');
  const more = entry.companies.length - NAMES_SHOWN;
  return more > 0 ? t('dashboardCompaniesMore', [shown, String(more)]) : shown;
}

export function SiteList({ entries }: { entries: SiteEntry[] }) {
  return (
    <table class="site-list" data-testid="site-list">
      <caption class="visually-hidden">{t('dashboardHistoryCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dashboardColumnSite')}</th>
          <th scope="col">{t('dashboardColumnLastVisit')}</th>
          <th scope="col">{t('dashboardColumnCompanies')}</th>
          <th scope="col">{t('dashboardColumnHealth')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.site} data-testid="site-row" data-site={entry.site} class={entry.disclosed ? 'alarm-row' : undefined}>
            <th scope="row">
              <a href={href({ name: 'site', site: entry.site })}>{entry.site}</a>
              <span class="muted visits">{plural('dashboardVisits', entry.visits.length)}</span>
            </th>
            <td>{formatDateTime(entry.lastVisit)}</td>
            <td>
              <span class="count">{String(entry.companies.length)}</span> <span class="muted">{companyNames(entry)}</span>
            </td>
            <td>
              {entry.disclosed ? (
                <span class="tag tag-alarm">{t('dashboardHealthDisclosed')}</span>
              ) : entry.health ? (
                <span class="tag tag-health">{t('dashboardHealthPage')}</span>
              ) : (
                <span class="muted">{t('dashboardHealthNone')}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
