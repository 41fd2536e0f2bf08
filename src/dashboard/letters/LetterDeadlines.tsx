// Letters the user marked as sent to a site's organisation, with their deadlines. Work in progress.
import { t } from '../../ui/i18n';

export function LetterDeadlines({ site }: { site: string }) {
  return (
    <section class="letter-deadlines" data-testid="letter-deadlines" data-site={site}>
      <h3>{t('letterDeadlinesHeading')}</h3>
    </section>
  );
}
