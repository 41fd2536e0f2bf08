import { describe, expect, it } from 'vitest';
import { classifyParam, clickIdsInUrl, findEmail, looksLikePhone } from '../../../src/core/decoders/identifiers';

const SHA256 = 'f660ab912ec121d1b1e928a0bb4bc61b15f5ad44d5efdc4e1c92a25e99b8e44a';
const MD5 = '5d41402abc4b2a76b9719d911017c592';
const SHA1 = 'aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d';

describe('identifiers', () => {
  it.each([
    ['ud[em]', SHA256, 'em'], ['em', MD5, 'em'], ['u_hem', SHA256, 'u_hem'], ['pd.em', SHA256, 'em'], ['pd.em.0', SHA256, 'em'],
    ['user_data.email_address', SHA1, 'email_address'], ['context.user.email', SHA256, 'email'], ['ud[ph]', SHA256, 'ph'],
    ['sha256_email_address', SHA256, 'sha256_email_address'],
  ])('flags hashed personal data in %s', (name, value, key) => {
    expect(classifyParam(name, value)).toEqual({ kind: 'hashed', key, value });
  });

  it('does not flag hashes in fields that are not about a person', () => {
    expect(classifyParam('eid', SHA256)).toBeNull();
    expect(classifyParam('cache_buster', MD5)).toBeNull();
  });

  it('finds plain e-mail addresses anywhere, but not image names', () => {
    expect(classifyParam('m', '[jan@example.nl]')).toEqual({ kind: 'plain', key: 'email', value: 'jan@example.nl' });
    expect(findEmail('/img/logo@2x.png')).toBeNull();
    expect(findEmail('no address here')).toBeNull();
  });

  it('recognises phone numbers in phone fields and international numbers anywhere, not timestamps or ids', () => {
    expect(classifyParam('phone', '06-12345678')).toMatchObject({ kind: 'plain', key: 'phone' });
    expect(classifyParam('x', '+31 6 12345678')).toMatchObject({ kind: 'plain', key: 'phone' });
    expect(classifyParam('ts', '1717000000000')).toBeNull();
    expect(classifyParam('id', '123456789012345')).toBeNull();
    expect(classifyParam('ord', '8104016085288')).toBeNull();
    expect(looksLikePhone('0000000000', true)).toBe(false);
  });

  it.each([
    ['_fbp', 'fb.1.1.2', 'fbp'], ['fbp', 'fb.1.1.2', 'fbp'], ['fbc', 'fb.1.1.IwAR', 'fbc'], ['_ga', 'GA1.1.1.2', '_ga'],
    ['gclid', 'Cj0', 'gclid'], ['gbraid', 'x', 'gbraid'], ['wbraid', 'x', 'wbraid'], ['msclkid', 'x', 'msclkid'],
    ['li_fat_id', 'x', 'li_fat_id'], ['ttclid', 'x', 'ttclid'], ['ttp', 'x', 'ttp'], ['_scid', 'x', '_scid'], ['epik', 'x', 'epik'], ['twclid', 'x', 'twclid'],
  ])('recognises cookie and click id %s', (name, value, key) => {
    expect(classifyParam(name, value)).toEqual({ kind: 'id', key, value });
  });

  it('finds click ids inside a page address', () => {
    expect(clickIdsInUrl('https://a.nl/x?utm_source=fb&fbclid=IwAR1&gclid=Cj0')).toEqual([['fbclid', 'IwAR1'], ['gclid', 'Cj0']]);
  });
});
