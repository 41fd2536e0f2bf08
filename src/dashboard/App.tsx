// The dashboard: a header with the sections, and the page the hash names.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import { AboutPage } from './AboutPage';
import { EMPTY_FILTERS } from './HistoryFilters';
import { HistoryPage, type HistoryView } from './HistoryPage';
import { useHistoryIndex } from './history-index';
import { LetterWizard } from './letters/LetterWizard';
import { href, useRoute, type Route } from './router';
import { SettingsPage } from './SettingsPage';
import { SitePage } from './SitePage';

const TITLE_KEYS: Record<Route['name'], string> = {
  history: 'dashboardHistoryHeading',
  site: 'dashboardSiteTitle',
  letter: 'dashboardLetterTitle',
  settings: 'settingsHeading',
  about: 'aboutHeading',
};

function NavLink({ to, current, label }: { to: Route; current: Route; label: string }) {
  const active = to.name === current.name || (to.name === 'history' && current.name === 'site');
  return (
    <a href={href(to)} aria-current={active ? 'page' : undefined}>
      {label}
    </a>
  );
}

export function App() {
  const route = useRoute();
  const index = useHistoryIndex();
  const [view, setView] = useState<HistoryView>({ filters: EMPTY_FILTERS, page: 0 });
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  useEffect(() => {
    const site = route.name === 'site' || route.name === 'letter' ? route.site : '';
    document.title = `${t(TITLE_KEYS[route.name], site)} · ${t('extName')}`;
    // After the first page, move focus to the new page's heading, as a page load would.
    if (first.current) first.current = false;
    else (main.current?.querySelector('h1') as HTMLElement | null)?.focus();
  }, [route]);

  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        {t('dashboardSkipToContent')}
      </a>
      <header class="top">
        <p class="brand">{t('extName')}</p>
        <nav aria-label={t('dashboardNavLabel')}>
          <NavLink to={{ name: 'history' }} current={route} label={t('dashboardNavHistory')} />
          <NavLink to={{ name: 'settings' }} current={route} label={t('dashboardNavSettings')} />
          <NavLink to={{ name: 'about' }} current={route} label={t('dashboardNavAbout')} />
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1} data-testid="dashboard" data-route={route.name}>
        {route.name === 'history' && <HistoryPage index={index} view={view} onView={setView} />}
        {route.name === 'site' && <SitePage site={route.site} visit={route.visit} />}
        {route.name === 'letter' && <LetterWizard site={route.site} visit={route.visit} />}
        {route.name === 'settings' && <SettingsPage />}
        {route.name === 'about' && <AboutPage />}
      </main>
    </>
  );
}
