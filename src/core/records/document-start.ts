// Whether a document's start (its performance.timeOrigin, which content scripts
// report) can be the start of the document a page record's navigation loaded.
// A document starts a few milliseconds before its main_frame request is seen,
// never after it (seen here: 1-4 ms, both browsers). A start further away belongs
// to another document of the same address: a reload, or a first load the
// background missed while it was starting.
import type { PageStart } from './page-record';

export const DOCUMENT_START_BEFORE_NAVIGATION_MS = 250;
export const DOCUMENT_START_AFTER_NAVIGATION_MS = 50;

/** Whether a document that started at `timeOrigin` began before a navigation seen at `navigationAt` (so is an earlier one). */
export const startedBeforeNavigation = (navigationAt: number, timeOrigin: number): boolean =>
  timeOrigin < navigationAt - DOCUMENT_START_BEFORE_NAVIGATION_MS;

/** Whether a document that started at `timeOrigin` is the one a navigation seen at `navigationAt` loaded. */
export const startsWithNavigation = (navigationAt: number, timeOrigin: number): boolean =>
  !startedBeforeNavigation(navigationAt, timeOrigin) && timeOrigin <= navigationAt + DOCUMENT_START_AFTER_NAVIGATION_MS;

/**
 * Whether a page record's start is its navigation's (so a document's start can be
 * compared with it): not for a page picked up already open or started by its early
 * requests (their start is a request's), a restored or same-document view (their
 * document started long before), or a prerender (its start is the prerender's).
 */
export const startedByNavigation = (page: { startedBy?: PageStart }): boolean =>
  page.startedBy === undefined || page.startedBy === 'navigation';

/** Whether a document that started at `timeOrigin` may have been loaded by this page record. */
export const mayHaveLoaded = (page: { startedAt: number; startedBy?: PageStart }, timeOrigin: number): boolean =>
  !startedByNavigation(page) || !startedBeforeNavigation(page.startedAt, timeOrigin);
