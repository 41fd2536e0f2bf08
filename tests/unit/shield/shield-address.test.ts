import { describe, expect, it } from 'vitest';
import { addressSaysHealth } from '../../../src/core/shield/address-check';

describe('the address pre-check on the main_frame request', () => {
  it('a path word that names a treatment or condition says health', () => {
    expect(addressSaysHealth('https://www.verzekeraar.nl/vergoedingen/ivf.html')).toEqual({ health: true, words: ['ivf'] });
    expect(addressSaysHealth('https://example.nl/zorg/depressie').health).toBe(true);
    expect(addressSaysHealth('https://example.com/mental-health/anxiety').health).toBe(true);
    expect(addressSaysHealth('https://example.nl/zwanger-worden').health).toBe(true);
  });

  it('reads query values (a search for a condition), not query names', () => {
    expect(addressSaysHealth('https://example.nl/zoeken?q=borstkanker').health).toBe(true);
    expect(addressSaysHealth('https://example.nl/zoeken?q=borst+kanker').health).toBe(true);
    expect(addressSaysHealth('https://example.nl/page?kanker=1').health).toBe(false);
  });

  it('the host is not read (the site lists judge hosts), nor the fragment', () => {
    expect(addressSaysHealth('https://kanker.example.nl/').health).toBe(false);
    expect(addressSaysHealth('https://example.nl/nieuws#kanker').health).toBe(false);
  });

  it('ordinary pages, and a counter topic as strong as the health word, say not health', () => {
    expect(addressSaysHealth('https://www.verzekeraar.nl/verzekeringen/autoverzekering.html').health).toBe(false);
    expect(addressSaysHealth('https://example.nl/contact').health).toBe(false);
    expect(addressSaysHealth('https://example.nl/blog/huis-kopen').health).toBe(false);
    expect(addressSaysHealth('https://example.nl/over-ons/vacatures/psycholoog').health).toBe(false);
    // A weak, generic word alone (weight < 2.5) does not set a tab rule before the page is read.
    expect(addressSaysHealth('https://example.com/health').health).toBe(false);
  });

  it('hostile addresses cost bounded work and never throw', () => {
    expect(addressSaysHealth('https://example.nl/' + 'a/'.repeat(200_000) + 'ivf').health).toBe(false);
    expect(addressSaysHealth('https://example.nl/%E0%A4%A/ivf?x=%zz').health).toBe(true);
    expect(addressSaysHealth('not a url').health).toBe(false);
    expect(addressSaysHealth('').health).toBe(false);
  });
});
