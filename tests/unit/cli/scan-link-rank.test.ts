// Which links the scan follows: same site, health words first (the classifier's
// lexicons, in link text and address), then one per section, never login or files.
import { describe, expect, test } from 'vitest';
import { healthWords, rankLinks } from '../../../src/cli/scan/link-rank';

const BASE = 'https://www.zorgnoord.nl/';

describe('link ranking', () => {
  test('health pages first, by their words in the text or only in the address', () => {
    const ranked = rankLinks(
      [
        { href: '/over-ons', text: 'Over ons' },
        { href: '/nieuws/2026', text: 'Nieuws' },
        { href: '/vergoedingen/ivf-behandeling', text: 'Lees meer' },
        { href: 'https://zorgnoord.nl/zorg/fysiotherapie', text: 'Vergoeding fysiotherapie' },
        { href: '/contact', text: 'Contact' },
      ],
      BASE,
      3,
    );
    expect(ranked.map((r) => new URL(r.url).pathname).slice(0, 2).sort()).toEqual(['/vergoedingen/ivf-behandeling', '/zorg/fysiotherapie']);
    expect(ranked[0]!.score).toBeGreaterThan(0);
    expect(ranked[2]!.score).toBe(0);
    expect(healthWords('Afspraak bij de psycholoog voor depressie').score).toBeGreaterThan(0);
    expect(healthWords('Autoverzekering afsluiten').score).toBe(0);
  });

  test('breadth among equals: one link per section before a second from the same section', () => {
    const ranked = rankLinks(
      [
        { href: '/nieuws/a', text: 'Nieuws A' },
        { href: '/nieuws/b', text: 'Nieuws B' },
        { href: '/nieuws/c', text: 'Nieuws C' },
        { href: '/over-ons', text: 'Over ons' },
        { href: '/vacatures/x', text: 'Vacatures' },
      ],
      BASE,
      3,
    );
    expect(ranked.map((r) => new URL(r.url).pathname)).toEqual(['/nieuws/a', '/over-ons', '/vacatures/x']);
  });

  test('other sites, the page itself, duplicates, logins, carts, files and non-web links are never followed', () => {
    const ranked = rankLinks(
      [
        { href: 'https://www.facebook.com/zorgnoord', text: 'Facebook' },
        { href: '/#top', text: 'Naar boven' },
        { href: '/inloggen', text: 'Mijn omgeving' },
        { href: '/x', text: 'Inloggen' },
        { href: '/mijn-zorgnoord/declaraties', text: 'Declaraties' },
        { href: '/winkelwagen', text: 'Bestellen' },
        { href: '/folder-diabetes.pdf', text: 'Folder diabetes' },
        { href: 'mailto:info@zorgnoord.nl', text: 'Mail' },
        { href: 'javascript:void(0)', text: 'Menu' },
        { href: '/diabetes', text: 'Diabetes' },
        { href: '/diabetes#vergoeding', text: 'Diabetes vergoeding' },
      ],
      BASE,
      10,
    );
    expect(ranked.map((r) => r.url)).toEqual(['https://www.zorgnoord.nl/diabetes']);
  });

  test('bounded: at most the limit, and a hostile list is cut', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ href: `/p${i}`, text: 'x'.repeat(10_000) }));
    expect(rankLinks(many, BASE, 4)).toHaveLength(4);
    expect(rankLinks(many, BASE, 0)).toEqual([]);
  });
});
