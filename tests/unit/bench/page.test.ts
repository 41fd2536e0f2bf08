// The page-load benchmark's page: about 110 KB of HTML with exactly the requested
// number of tracker requests, of every kind, to real tracker host names.
import { describe, expect, test } from 'vitest';
import { generatePage, TARGET_HTML_BYTES } from '../../../scripts/bench/pageload/page';
import { ALL_TRACKER_HOSTS, hostsOf, trackerPlan } from '../../../scripts/bench/pageload/trackers';

/** The plan embedded in the page's tag-manager script: template indices, one per request. */
function embeddedPlan(html: string): { templates: Array<[string, string, string]>; order: number[] } {
  const templates = /var T = (\[.*?\]);\n/s.exec(html);
  const order = /var P = (\[[0-9,]*\]);/.exec(html);
  if (!templates || !order) throw new Error('no tag-manager plan in the page');
  return { templates: JSON.parse(templates[1]!), order: JSON.parse(order[1]!) };
}

describe('bench page generator', () => {
  test.each([20, 60, 200])('%i trackers: ~110 KB of HTML and that many planned requests', (n) => {
    const page = generatePage(n);
    expect(page.htmlBytes).toBe(Buffer.byteLength(page.html));
    expect(page.htmlBytes).toBeGreaterThanOrEqual(TARGET_HTML_BYTES * 0.95);
    expect(page.htmlBytes).toBeLessThanOrEqual(TARGET_HTML_BYTES * 1.1);
    const { templates, order } = embeddedPlan(page.html);
    expect(order).toHaveLength(n);
    expect(order.every((i) => i >= 0 && i < templates.length)).toBe(true);
    expect(page.trackers).toBe(n);
  });

  test('the plan mixes every kind and, from 60 requests on, uses all ~29 tracker hosts', () => {
    expect(ALL_TRACKER_HOSTS.length).toBe(29);
    for (const n of [20, 60, 200]) {
      const kinds = new Set(trackerPlan(n).map((s) => s.kind));
      expect([...kinds].sort()).toEqual(['beacon', 'fetch', 'iframe', 'img', 'script']);
    }
    expect(hostsOf(trackerPlan(20)).length).toBeGreaterThanOrEqual(15);
    expect(hostsOf(trackerPlan(60))).toHaveLength(29);
    expect(hostsOf(trackerPlan(200))).toHaveLength(29);
  });

  test('tracker URLs are https on the tracker hosts, or http when the server fell back to plain HTTP', () => {
    const https = embeddedPlan(generatePage(60).html).templates.map(([, url]) => url);
    expect(https.every((u) => u.startsWith('https://'))).toBe(true);
    const http = embeddedPlan(generatePage(60, 'http').html).templates.map(([, url]) => url);
    expect(http.every((u) => u.startsWith('http://'))).toBe(true);
  });

  test('the page has its stylesheet and images, referenced from the HTML', () => {
    const page = generatePage(20);
    for (const path of page.assets.keys()) expect(page.html).toContain(path);
    const hero = page.assets.get('/assets/img/hero-ivf.png')!;
    expect(hero.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(hero.body.length).toBeGreaterThan(50_000);
    expect(page.assets.get('/assets/site.css')!.body.length).toBeGreaterThan(20_000);
  });
});
