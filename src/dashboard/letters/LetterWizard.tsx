// The letter wizard: visits → redaction → what to draft → result. Work in progress.
import { t } from '../../ui/i18n';

export function LetterWizard({ site }: { site: string }) {
  return (
    <section class="letter-wizard" data-testid="letter-wizard">
      <h2>{t('letterWizardHeading')}</h2>
      <p>{site}</p>
    </section>
  );
}
