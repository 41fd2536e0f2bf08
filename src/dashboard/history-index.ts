// The dashboard's in-memory history index: built from the per-site summaries
// (never the visit records), read once in batches, and updated from storage
// changes while open.
import { useEffect, useState } from 'preact/hooks';
import { indexSummary, type SiteEntry } from '../core/records/history-query';
import { forEachSiteSummary, onSiteSummaryChanged } from '../storage/history-reader';

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
    const stop = onSiteSummaryChanged((changed) => {
      for (const [site, summary] of changed) {
        const entry = summary ? indexSummary(summary) : null;
        if (entry) bySite.set(site, entry);
        else bySite.delete(site);
      }
      if (ready) publish();
    });
    let read = 0;
    forEachSiteSummary((batch, total) => {
      for (const summary of batch) {
        const entry = indexSummary(summary);
        if (entry && !bySite.has(summary.site)) bySite.set(summary.site, entry);
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
