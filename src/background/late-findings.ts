// Late findings (issue 12): a request whose body is compressed (Clarity's gzip
// bytes, LinkedIn's base64 gzip) is inflated after the request path has returned,
// with the platform's DecompressionStream, and what it disclosed is attached to the
// same recorded request on the same page visit — never to a page opened since.
import { analyseCompressedBody } from '../core/analyse-compressed';
import { compressedBodyOf } from '../core/decoders/compressed-body';
import type { ObservedRequest } from '../core/model';
import { addLateFindings } from '../core/records/page-record';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import { streamInflater } from './inflate-stream';
import type { RawRequestDetails } from './normalise-request';
import type { TabStore } from './tab-store';

/**
 * Call once per recorded tracker request, right after it was added to its page.
 * Constant work unless the body starts like a gzip/zlib stream; then the inflation
 * runs asynchronously and its findings land on the same visit's page when it is done.
 */
export function scheduleLateFindings(
  tabs: TabStore,
  trackers: TrackerIdentifier,
  details: RawRequestDetails,
  request: ObservedRequest,
  visitId: string,
): void {
  const compressed = compressedBodyOf(request, details.requestBody?.raw ?? null);
  if (!compressed) return;
  void analyseCompressedBody(request, compressed, streamInflater, trackers)
    .then((late) => {
      if (!late) return;
      // The page may have been left meanwhile (a leave-page beacon): it is still found by its visit.
      const page = tabs.pageByVisit(request.tabId, visitId);
      if (page) tabs.updatePage(page, (p) => addLateFindings(p, request.id, late));
    })
    .catch((error: unknown) => console.warn('Pixelwacht: compressed body not decoded', error));
}
