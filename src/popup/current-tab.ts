// Which tab the popup is about: the active tab, or `?tabId=` when the popup
// page is opened in a tab of its own (tests, and links from the dashboard).
import browser from 'webextension-polyfill';

export interface CurrentTab {
  id: number;
  url: string | null;
  title: string | null;
}

export async function currentTab(): Promise<CurrentTab | null> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery !== null && /^\d+$/.test(fromQuery)) {
    const id = Number(fromQuery);
    const tab = await browser.tabs.get(id).catch(() => null);
    return { id, url: tab?.url ?? null, title: tab?.title ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
}
