import { describe, expect, test } from 'vitest';
import { exportFileName, localDate } from '../../../src/dashboard/letters/file-names';
import { emailIn, mailtoUrl } from '../../../src/dashboard/letters/mailto';

describe('mailto', () => {
  test('subject and body are percent-encoded with CRLF line breaks; nothing else is added', () => {
    const url = mailtoUrl('privacy@example.org', 'Verzoek & bezwaar', 'Geachte heer, mevrouw,\n\nZie bijlage: 100% zeker?');
    expect(url).toBe('mailto:privacy@example.org?subject=Verzoek%20%26%20bezwaar&body=Geachte%20heer%2C%20mevrouw%2C%0D%0A%0D%0AZie%20bijlage%3A%20100%25%20zeker%3F');
    expect(decodeURIComponent(url.split('body=')[1]!)).toBe('Geachte heer, mevrouw,\r\n\r\nZie bijlage: 100% zeker?');
  });

  test('an address that is not an e-mail address is left out, so the user fills it in', () => {
    expect(mailtoUrl('Postbus 1, Den Haag', 's', 'b')).toBe('mailto:?subject=s&body=b');
    expect(mailtoUrl('a@b.nl?cc=evil@x.com', 's', 'b')).toBe('mailto:?subject=s&body=b');
  });

  test('finds the e-mail address in what the user typed', () => {
    expect(emailIn('Functionaris gegevensbescherming <fg@zorg.nl>')).toBe('fg@zorg.nl');
    expect(emailIn('Dorpsstraat 1\n1234 AB Ergens')).toBe('');
    expect(emailIn(undefined)).toBe('');
  });
});

describe('file names', () => {
  test('site and date only, with file-system-unsafe characters replaced', () => {
    expect(exportFileName('evidence', 'zorg.example.nl', '2026-12-01')).toBe('pixelwacht-evidence-zorg.example.nl-2026-12-01.json');
    expect(exportFileName('har', '127.0.0.1', '2026-12-01')).toBe('pixelwacht-har-127.0.0.1-2026-12-01.har');
    expect(exportFileName('report', '../etc/passwd', '2026-12-01')).toBe('pixelwacht-report-__etc_passwd-2026-12-01.html');
    expect(exportFileName('letter', '', '2026-12-01')).toBe('pixelwacht-letter-site-2026-12-01.txt');
  });

  test('the local date at the user’s offset', () => {
    const lateUtc = Date.UTC(2026, 11, 31, 23, 30);
    expect(localDate(lateUtc, 0)).toBe('2026-12-31');
    expect(localDate(lateUtc, 60)).toBe('2027-01-01');
    expect(localDate(Date.UTC(2026, 0, 1, 0, 30), -300)).toBe('2025-12-31');
  });
});
