// A document's start against a page record's start: which document a page's navigation loaded.
import { describe, expect, test } from 'vitest';
import { mayHaveLoaded, startsWithNavigation } from '../../../src/core/records/document-start';
import type { PageStart } from '../../../src/core/records/page-record';

describe('startsWithNavigation', () => {
  test.each([
    [1000, 997, true], // seen in both browsers: 1-4 ms before the main_frame request
    [1000, 750, true],
    [1000, 749, false], // an earlier load of the same address
    [1000, 1050, true],
    [1000, 1051, false], // a later document (a reload not seen yet)
  ])('navigation at %d, document started at %d: %s', (navigationAt, timeOrigin, expected) => {
    expect(startsWithNavigation(navigationAt, timeOrigin)).toBe(expected);
  });
});

describe('mayHaveLoaded', () => {
  test.each<[PageStart | undefined, number, boolean]>([
    [undefined, 500, false],
    ['navigation', 500, false],
    [undefined, 800, true],
    [undefined, 5000, true], // later starts are for the document id check, not this one
    ['already-open', 500, true], // its start is its first request's, after the document's
    ['early-requests', 500, true],
    ['back-forward-cache', 500, true], // a restored document started long before
    ['same-document', 500, true],
  ])('page started by %s at 1000, document at %d: %s', (startedBy, timeOrigin, expected) => {
    expect(mayHaveLoaded({ startedAt: 1000, ...(startedBy ? { startedBy } : {}) }, timeOrigin)).toBe(expected);
  });
});
