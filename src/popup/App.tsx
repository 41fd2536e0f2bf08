import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { companyLines } from '../core/records/company-lines';
import { headlineOf } from '../core/records/headline';
import { send } from '../protocol/client';
import { watchTab } from './tab-subscription';
import { NOTICES_KEY } from '../storage/keys';
import type { TabView } from '../protocol/messages';
import { CompanyLines } from '../ui/CompanyLines';
import { t } from '../ui/i18n';
import { ConsentFindings } from './ConsentFindings';
import { HealthHeader, type OverrideChange } from './HealthHeader';
import { Headline } from './Headline';
import { PopupActions } from './PopupActions';
import { currentTab, type CurrentTab } from './current-tab';
import { HostAccessWarning } from './HostAccessWarning';
import { IncompleteNote } from '../ui/RecordMarks';
import { blockedMark, ShieldPanel } from './ShieldPanel';
import { linesThatLeft } from '../core/shield/blocked-lines';
import { plural } from '../ui/i18n';

type State = { status: 'loading' } | { status: 'no-tab' } | { status: 'ready'; view: TabView; tab: CurrentTab };

function isWebPage(url: string | null): boolean {
  return url === null || /^https?:/i.test(url);
}

export function App() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    // The background pushes the tab's view at once and after each change, at most
    // twice a second however fast the page sends (tab-subscription.ts).
    let stop: (() => void) | null = null;
    let gone = false;
    void currentTab().then((tab) => {
      if (gone) return;
      if (!tab) return setState({ status: 'no-tab' });
      stop = watchTab(tab.id, (view) => setState({ status: 'ready', view, tab }));
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);

  const pause = async (paused: boolean) => {
    if (state.status !== 'ready') return;
    const view = await send('popup:setPaused', { tabId: state.tab.id, paused });
    setState({ ...state, view });
  };

  const override = async (change: OverrideChange) => {
    if (state.status !== 'ready' || !state.view.page) return;
    const view = await send('popup:setHealthOverride', { tabId: state.tab.id, ...change });
    setState({ ...state, view });
  };

  if (state.status === 'loading') return <main class="popup" aria-busy="true" />;
  if (state.status === 'no-tab') return <main class="popup"><p>{t('popupNoPage')}</p></main>;

  const { view, tab } = state;
  const page = view.page;
  const lines = page ? companyLines(page) : [];
  return (
    <main class="popup">
      <header class="popup-header">
        <h1>
          {t('popupHeading')}
          {page && (
            <>
              {' · '}
              <span class="site" data-testid="site">
                {page.site}
              </span>
            </>
          )}
        </h1>
        {page && tab.title && (
          <p class="page-title muted" data-testid="page-title">
            {tab.title}
          </p>
        )}
      </header>
      {!view.hostAccess && <HostAccessWarning />}
      {view.notices.length > 0 && (
        <p class="private-note" data-testid="notice">
          {view.notices.some((n) => n.kind !== 'not-kept') && t('popupNoticeReset', [...new Set(view.notices.filter((n) => n.kind !== 'not-kept').map((n) => n.part))].join(', '))}{' '}
          {view.notices.some((n) => n.kind === 'not-kept') && t('storage_noticeNotKept', [...new Set(view.notices.filter((n) => n.kind === 'not-kept').map((n) => n.part))].join(', '))}{' '}
          <button type="button" onClick={() => void browser.storage.local.remove(NOTICES_KEY).then(() => setState({ ...state, view: { ...view, notices: [] } }))}>
            {t('popupNoticeDismiss')}
          </button>
        </p>
      )}
      {view.paused && (
        <p class="private-note" data-testid="paused">
          {t('popupPaused')}
        </p>
      )}
      {page?.incognito && (
        <p class="private-note" data-testid="private-window">
          {t('popupPrivateWindow')}
        </p>
      )}
      {page && <IncompleteNote page={page} />}
      {!isWebPage(tab.url) && !page ? (
        <p>{t('popupNotWeb')}</p>
      ) : !page ? (
        <p>{t('popupNoPage')}</p>
      ) : (
        <>
          {lines.length > 0 && linesThatLeft(lines).length === 0 ? (
            <section class="headline shielded" data-testid="headline" aria-label={t('popupHeading')}>
              <p class="summary" data-testid="summary" data-shielded="true">
                {plural('shield_headlineAllBlocked', lines.length)}
              </p>
            </section>
          ) : (
            // Who was told: only the companies a request of this page reached.
            <Headline headline={headlineOf(page, linesThatLeft(lines))} />
          )}
          <ShieldPanel page={page} lines={lines} part="blocked" />
          {lines.length > 0 && (
            <section aria-labelledby="lines-heading">
              <h2 id="lines-heading">{t('linesHeading')}</h2>
              <CompanyLines page={page} lines={lines} extra={blockedMark} />
            </section>
          )}
          <ShieldPanel page={page} lines={lines} part="controls" />
          <PopupActions page={page} paused={view.paused} onPause={(p) => void pause(p)} />
          <HealthHeader page={page} onOverride={(change) => void override(change)} />
          <ConsentFindings page={page} />
        </>
      )}
      {view.trackerDbVersion && <footer class="muted">{t('popupDatabaseCredit', view.trackerDbVersion)}</footer>}
    </main>
  );
}
