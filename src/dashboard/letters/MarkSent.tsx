// "I sent this letter": the date it went out (default today) starts the one-month
// period; LetterDeadlines then shows when it passes.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/evidence';
import { longDate } from '../../core/evidence/format-date';
import { letterDeadline } from '../../core/letters';
import { recordSentLetter } from '../../storage/letters';
import { t } from '../../ui/i18n';

interface Props {
  site: string;
  lang: Lang;
  uiLang: Lang;
  today: string;
}

export function MarkSent({ site, lang, uiLang, today }: Props) {
  const [sentOn, setSentOn] = useState(today);
  const [saved, setSaved] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(sentOn) && sentOn <= today;
  const save = async () => {
    if (!valid) return;
    await recordSentLetter({ site, kind: 'organisation', sentOn, lang });
    setSaved(sentOn);
  };
  return (
    <section class="mark-sent" data-testid="mark-sent">
      <h3>{t('letterMarkSentHeading')}</h3>
      <p class="muted">{t('letterMarkSentNote')}</p>
      <div class="lw-actions">
        <label class="inline-field">
          {t('letterSentOn')}
          <input type="date" value={sentOn} max={today} onInput={(e) => setSentOn(e.currentTarget.value)} data-testid="sent-on" />
        </label>
        <button type="button" disabled={!valid || saved === sentOn} onClick={() => void save()} data-testid="mark-sent-button">{t('letterMarkSent')}</button>
      </div>
      {saved && <p role="status" data-testid="mark-sent-done">{t('letterMarkSentDone', longDate(letterDeadline(saved), uiLang))}</p>}
    </section>
  );
}
