// The person's own statement for the letters: what they had chosen in the cookie
// banner, and whether the site still sends the data. Stated in the letters as their
// own words; left unanswered, the letters say nothing about it.
import { BANNER_CHOICES, STILL_SENDS, type BannerChoice, type StillSends, type UserStatement } from '../../core/letters';
import { t } from '../../ui/i18n';

const CHOICE_KEY: Record<BannerChoice, string> = {
  nothing: 'lettersChoiceNothing',
  refused: 'lettersChoiceRefused',
  accepted: 'lettersChoiceAccepted',
  'no-banner': 'lettersChoiceNoBanner',
};
const STILL_KEY: Record<StillSends, string> = { yes: 'lettersStillYes', no: 'lettersStillNo', unknown: 'lettersStillUnknown' };

export function StatementFields({ statement, onChange }: { statement: UserStatement; onChange: (s: UserStatement) => void }) {
  return (
    <fieldset class="lw-statement" data-testid="consent-statement">
      <legend>{t('lettersStatementLegend')}</legend>
      <p class="muted">{t('lettersStatementNote')}</p>
      <div class="choice-column" role="radiogroup" aria-label={t('lettersChoiceQuestion')}>
        <p class="lw-question">{t('lettersChoiceQuestion')}</p>
        {BANNER_CHOICES.map((c) => (
          <label key={c}>
            <input type="radio" name="banner-choice" checked={statement.choice === c} onChange={() => onChange({ ...statement, choice: c })} data-testid={`choice-${c}`} />
            {t(CHOICE_KEY[c])}
          </label>
        ))}
        <label>
          <input type="radio" name="banner-choice" checked={statement.choice === null} onChange={() => onChange({ ...statement, choice: null })} data-testid="choice-unsaid" />
          {t('lettersChoiceUnsaid')}
        </label>
      </div>
      <div class="choice-column" role="radiogroup" aria-label={t('lettersStillQuestion')}>
        <p class="lw-question">{t('lettersStillQuestion')}</p>
        {STILL_SENDS.map((s) => (
          <label key={s}>
            <input type="radio" name="still-sends" checked={statement.stillSends === s} onChange={() => onChange({ ...statement, stillSends: s })} data-testid={`still-${s}`} />
            {t(STILL_KEY[s])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
