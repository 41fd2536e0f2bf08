// The letters the user marked as sent to a site's organisation: when the one-month
// period (art. 12(3) GDPR) ends, whether it has passed, and "answered".
import { useEffect, useState } from 'preact/hooks';
import { longDate } from '../../core/evidence/format-date';
import { deadlinePassed, letterDeadline } from '../../core/letters';
import { forgetLetter, lettersFor, onLettersChanged, readLetters, setLetterAnswered, type SentLetter } from '../../storage/letters';
import { t, uiLanguage } from '../../ui/i18n';
import { localDate } from './file-names';
import './letters.css';

function kindLabel(letter: SentLetter): string {
  switch (letter.kind) {
    case 'organisation': return t('letterSentKindOrganisation');
    case 'complaint': return t('letterSentKindComplaint');
    case 'tip': return t('letterSentKindTip');
  }
}

export function LetterDeadlines({ site }: { site: string }) {
  const [letters, setLetters] = useState<SentLetter[] | null>(null);
  const uiLang = uiLanguage();

  useEffect(() => {
    const load = async () => setLetters(lettersFor(await readLetters(), site));
    void load();
    return onLettersChanged(() => void load());
  }, [site]);

  if (letters === null) return <section class="letter-deadlines" aria-busy="true" />;
  const today = localDate(Date.now(), -new Date().getTimezoneOffset());
  return (
    <section class="letter-deadlines" data-testid="letter-deadlines">
      <h3>{t('letterDeadlinesHeading')}</h3>
      {letters.length === 0 && <p class="muted">{t('letterDeadlinesNone')}</p>}
      <ul>
        {letters.map((l) => {
          const deadline = letterDeadline(l.sentOn);
          const passed = l.kind === 'organisation' && !l.answered && deadlinePassed(l.sentOn, today);
          return (
            <li key={l.id} class={`deadline ${passed ? 'passed' : ''}`} data-testid="sent-letter" data-passed={String(passed)}>
              <span class="deadline-what">{t('letterSentLine', [kindLabel(l), longDate(l.sentOn, uiLang), l.lang.toUpperCase()])}</span>
              {l.kind === 'organisation' && (
                <span class="deadline-status" data-testid="deadline-status">
                  {l.answered
                    ? t('letterDeadlineAnswered')
                    : passed
                      ? t('letterDeadlinePassed', longDate(deadline, uiLang))
                      : t('letterDeadlineOpen', longDate(deadline, uiLang))}
                </span>
              )}
              <span class="deadline-actions">
                <label>
                  <input type="checkbox" checked={l.answered} onChange={(e) => void setLetterAnswered(l.id, e.currentTarget.checked)} data-testid="answered" />
                  {t('letterAnswered')}
                </label>
                <button type="button" class="link" onClick={() => void forgetLetter(l.id)}>{t('letterForget')}</button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
