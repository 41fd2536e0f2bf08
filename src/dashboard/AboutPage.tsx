// About and privacy: what is stored, where, for how long; the data's licences;
// and every "What does this mean?" text in one place.
import { CONSENT_STATES } from '../core/consent/types';
import { describeConsent } from '../core/consent/describe-consent';
import { TRACKER_KINDS } from '../core/model';
import { CHIP_IDS, type ChipId } from '../core/records/disclosure-summary';
import { t, uiLanguage } from '../ui/i18n';
import { ExplainAll, type Explanation } from './Explain';
import { categoryName, explainKey, HEALTH_PAGE_EXPLAIN, kindLabel, SPECIAL_CATEGORY_EXPLAIN } from './labels';

/** Tracker database categories (Ghostery Tracker Database). */
export const TRACKER_CATEGORIES = [
  'advertising', 'site_analytics', 'social_media', 'customer_interaction', 'audio_video_player', 'consent', 'essential',
  'hosting', 'cdn', 'utilities', 'misc', 'pornvertising', 'extensions', 'unknown',
] as const;

const CHIP_LABEL_DETAIL: Partial<Record<ChipId, string>> = { event: 'PageView', 'click-id': 'Google', 'login-cookie': 'Meta' };

export function AboutPage() {
  const lang = uiLanguage();
  const glossary: { heading: string; items: Explanation[] }[] = [
    {
      heading: t('aboutGlossaryFindings'),
      items: [
        { label: t('healthHeading'), key: HEALTH_PAGE_EXPLAIN },
        { label: t('specialCategory'), key: SPECIAL_CATEGORY_EXPLAIN },
        ...CHIP_IDS.map((id) => {
          const key = `chip_${id.replace(/-/g, '_')}`;
          const detail = CHIP_LABEL_DETAIL[id];
          return { label: detail ? t(key, detail) : t(key), key: explainKey('chip', id) };
        }),
      ],
    },
    { heading: t('aboutGlossaryKinds'), items: TRACKER_KINDS.map((k) => ({ label: kindLabel(k), key: explainKey('kind', k) })) },
    { heading: t('aboutGlossaryCategories'), items: TRACKER_CATEGORIES.map((c) => ({ label: categoryName(c), key: explainKey('category', c) })) },
    { heading: t('aboutGlossaryConsent'), items: CONSENT_STATES.map((s) => ({ label: describeConsent(s, null, lang), key: explainKey('consent', s) })) },
  ];
  return (
    <>
      <h1 tabIndex={-1}>{t('aboutHeading')}</h1>
      <section aria-labelledby="about-what">
        <h2 id="about-what">{t('aboutWhatHeading')}</h2>
        <p>{t('aboutWhatText')}</p>
      </section>
      <section aria-labelledby="about-badge">
        <h2 id="about-badge">{t('aboutBadgeHeading')}</h2>
        <p data-testid="badge-explain">{t('badgeExplain')}</p>
      </section>
      <section aria-labelledby="about-stored" data-testid="about-privacy">
        <h2 id="about-stored">{t('aboutStoredHeading')}</h2>
        <ul>
          <li>{t('aboutStoredHistory')}</li>
          <li>{t('aboutStoredTabs')}</li>
          <li>{t('aboutStoredFacts')}</li>
          <li>{t('aboutStoredSettings')}</li>
        </ul>
        <p>{t('aboutStoredWhere')}</p>
        <p>{t('aboutStoredHowLong')}</p>
        <p>{t('aboutNothingLeaves')}</p>
        <p>{t('aboutPrivateWindows')}</p>
        <p>{t('aboutNotStored')}</p>
        <p>{t('aboutErase')}</p>
      </section>
      <section aria-labelledby="about-limits">
        <h2 id="about-limits">{t('aboutLimitsHeading')}</h2>
        <p>{t('aboutLimitsText')}</p>
        <p>{t('attrib_aboutCannotSee')}</p>
      </section>
      <section aria-labelledby="about-licences">
        <h2 id="about-licences">{t('aboutLicencesHeading')}</h2>
        <ul>
          <li>{t('aboutLicenceTrackerDb')}</li>
          <li>{t('aboutLicenceCode')}</li>
        </ul>
      </section>
      <section aria-labelledby="about-glossary" data-testid="glossary">
        <h2 id="about-glossary">{t('aboutGlossaryHeading')}</h2>
        {glossary.map((group) => (
          <div key={group.heading} class="glossary-group">
            <h3>{group.heading}</h3>
            <ExplainAll items={group.items} summary={t('aboutGlossaryShow', group.heading)} />
          </div>
        ))}
      </section>
    </>
  );
}
