// The dashboard's in-memory history index: read once (in batches), kept small
// (index entries, not records), and updated from storage changes while open.
import { useEffect, useState } from 'preact/hooks';
import { indexSite, type SiteEntry } from '../core/records/history-query';
import { forEachSiteHistory, onSiteHistoryChanged } from '../storage/history-reader';

export type HistoryIndex =
  /** Still reading: `entries` holds the sites read so far (the most recently visited first). */
  | { status: 'loading'; entries: SiteEntry[]; read: number; total: number }
  | { status: 'ready'; entries: SiteEntry[] }
  | { status: 'failed' };

export function useHistoryIndex(): HistoryIndex {
  const [state, setState] = useState<HistoryIndex>({ status: 'loading', entries: [], read: 0, total: 0 });
  useEffect(() => {
    const bySite = new Map<string, SiteEntry>();
    let ready = false;
    let stopped = false;
    const publish = () => setState({ status: 'ready', entries: [...bySite.values()] });
    // Changes that arrive while reading are applied too: last write wins.
    const stop = onSiteHistoryChanged((changed) => {
      for (const [site, history] of changed) {
        const entry = history ? indexSite(history) : null;
        if (entry) bySite.set(site, entry);
        else bySite.delete(site);
      }
      if (ready) publish();
    });
    let read = 0;
    forEachSiteHistory((batch, total) => {
      for (const history of batch) {
        const entry = indexSite(history);
        if (entry && !bySite.has(history.site)) bySite.set(history.site, entry);
      }
      read += batch.length;
      if (!stopped) setState({ status: 'loading', entries: [...bySite.values()], read, total });
    })
      .then(() => {
        ready = true;
        if (!stopped) publish();
      })
      .catch((error: unknown) => {
        console.error('Pixelwacht: could not read history', error);
        if (!stopped) setState({ status: 'failed' });
      });
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return state;
}
