// What the health shield stopped on a page ("tried to tell Meta …, blocked", with the
// count), for the popup and the dashboard's visit cards: the same words in both.
import type { CompanyLine } from '../core/records/company-lines';
import type { PageRecord } from '../core/records/page-record';
import { blockedCount, blockedLines } from '../core/shield/blocked-lines';
import { plural, t } from './i18n';
import { messageId } from './labels';

/** `level`: the heading's rank where it stands (the popup's sections are h2, a visit card's h4). */
export function ShieldBlocked({ page, lines, headingId = 'shield-heading', level = 2 }: { page: PageRecord; lines: CompanyLine[]; headingId?: string; level?: 2 | 4 }) {
  const blocked = blockedCount(page);
  const Heading = level === 4 ? 'h4' : 'h2';
  if (blocked === 0) return null;
  return (
    <section class="shield" data-testid="shield-blocked-section" aria-labelledby={headingId}>
      <div data-testid="shield-blocked" data-count={blocked}>
        <Heading id={headingId}>{t('shield_blockedHeading')}</Heading>
        <p>{plural('shield_blockedCount', blocked)}</p>
        <ul class="shield-lines">
          {blockedLines(lines).map((b) => {
            const what = [...(b.line.visit ? ['visit'] : []), ...b.line.received].map((r) => t(`lineReceived_${messageId(r)}`));
            return (
              <li key={b.brand} data-testid="shield-blocked-line" data-company={b.company} data-blocked={b.blocked}>
                {t('shield_triedToTell', [b.brand, what.length > 0 ? what.join(', ') : t('shield_triedNothingDecoded')])}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
