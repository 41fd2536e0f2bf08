// What the user can do from the popup: look closer in the dashboard, draft a
// letter, and pause recording on this site.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { t } from '../ui/i18n';

/** The dashboard at this visit: the site page shows it first, the letter wizard starts from it. */
function openDashboard(route: 'site' | 'letter', page: PageRecord): void {
  const hash = `#/${route}/${encodeURIComponent(page.site)}/visit/${encodeURIComponent(page.visitId)}`;
  const url = browser.runtime.getURL(`src/dashboard/index.html${hash}`);
  void browser.tabs.create({ url }).then(() => window.close());
}

export function PopupActions({ page, paused, onPause }: { page: PageRecord; paused: boolean; onPause: (paused: boolean) => void }) {
  return (
    <div class="actions" data-testid="actions">
      <button type="button" data-testid="details" onClick={() => openDashboard('site', page)}>
        {t('popupDetails')}
      </button>
      <button type="button" data-testid="draft-letter" onClick={() => openDashboard('letter', page)} disabled={page.incognito}>
        {t('popupDraftLetter')}
      </button>
      {!page.incognito && (
        <button type="button" data-testid="pause" aria-pressed={paused} onClick={() => onPause(!paused)}>
          {t(paused ? 'popupResume' : 'popupPause')}
        </button>
      )}
    </div>
  );
}
