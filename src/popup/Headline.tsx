// The one sentence a person reads first, and the page's one alarm: who was told
// what, and when relative to the cookie choice (src/core/records/headline.ts).
import type { Headline as HeadlineData } from '../core/records/headline';
import { headlineSentence } from '../core/records/headline';
import { t, uiLanguage } from '../ui/i18n';

export function Headline({ headline }: { headline: HeadlineData }) {
  if (headline.kind === 'none') return <p data-testid="empty">{t('popupNoTrackers')}</p>;
  const sentence = headlineSentence(headline, uiLanguage(), (key, subs) => t(key, subs));
  const alarm = headline.kind === 'health-disclosed';
  return (
    <section class={`headline${alarm ? ' alarm' : ''}`} data-testid="headline" aria-label={t('popupHeading')}>
      {alarm && (
        <p class="alarm-label" data-testid="alarm">
          <span class="alarm-symbol" aria-hidden="true">
            !
          </span>{' '}
          {t('specialCategory')}
        </p>
      )}
      <p class="summary" data-testid="summary" data-moment={headline.moment ?? ''}>
        {sentence}
      </p>
    </section>
  );
}
