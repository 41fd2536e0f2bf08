// ReasonCode → a sentence in Dutch or English. Kept apart from the classifier so the
// UI can re-render stored verdicts in the user's language.
import type { CounterTopic, HealthCategory, HealthOrgKind, ReasonCode, SignalPlace } from './types';
import type { Lang } from '../model';

const PLACE: Record<Lang, Record<SignalPlace, string>> = {
  en: { url: 'address', title: 'title', h1: 'main heading', headings: 'a heading', breadcrumbs: 'breadcrumb trail', meta: 'page description', body: 'text' },
  nl: { url: 'adres', title: 'titel', h1: 'hoofdkop', headings: 'een kop', breadcrumbs: 'kruimelpad', meta: 'paginabeschrijving', body: 'tekst' },
};

const ORG: Record<Lang, Record<HealthOrgKind, string>> = {
  en: { insurer: 'a health insurer', hospital: 'a hospital', 'mental-health-provider': 'a mental health provider', pharmacy: 'a pharmacy', 'health-information': 'a health information site' },
  nl: { insurer: 'een zorgverzekeraar', hospital: 'een ziekenhuis', 'mental-health-provider': 'een ggz-aanbieder', pharmacy: 'een apotheek', 'health-information': 'een gezondheidsinformatiesite' },
};

const CATEGORY: Record<Lang, Record<HealthCategory, string>> = {
  en: {
    'mental-health': 'mental health', reproduction: 'reproduction and pregnancy', 'sexual-health': 'sexual health', cancer: 'cancer',
    addiction: 'addiction', 'chronic-conditions': 'conditions', 'disability-rehabilitation': 'disability and rehabilitation',
    'medicines-pharmacy': 'medicines', genetics: 'genetics', 'hospital-gp-care': 'medical care', 'general-health': 'health',
  },
  nl: {
    'mental-health': 'geestelijke gezondheid', reproduction: 'voortplanting en zwangerschap', 'sexual-health': 'seksuele gezondheid', cancer: 'kanker',
    addiction: 'verslaving', 'chronic-conditions': 'aandoeningen', 'disability-rehabilitation': 'beperking en revalidatie',
    'medicines-pharmacy': 'geneesmiddelen', genetics: 'erfelijkheid', 'hospital-gp-care': 'medische zorg', 'general-health': 'gezondheid',
  },
};

const TOPIC: Record<Lang, Record<CounterTopic, string>> = {
  en: {
    jobs: 'jobs', 'parking-route': 'parking and directions', construction: 'building work', fitness: 'fitness', food: 'food and recipes', veterinary: 'animals', sports: 'sport', 'other-insurance': 'other insurance', vehicles: 'cars and vehicles', 'customer-service': 'customer service',
    news: 'news', business: 'business and industry', education: 'education and training', retail: 'shopping', legal: 'legal services', lifestyle: 'healthy living in general', 'policy-research': 'health policy and research',
  },
  nl: {
    jobs: 'vacatures', 'parking-route': 'parkeren en route', construction: 'bouw', fitness: 'fitness', food: 'eten en recepten', veterinary: 'dieren', sports: 'sport', 'other-insurance': 'andere verzekeringen', vehicles: "auto's en voertuigen", 'customer-service': 'klantenservice',
    news: 'nieuws', business: 'bedrijfsleven en branche', education: 'opleiding en scholing', retail: 'winkelen', legal: 'juridische diensten', lifestyle: 'gezond leven in het algemeen', 'policy-research': 'gezondheidsbeleid en onderzoek',
  },
};

export function categoryLabel(category: HealthCategory, lang: Lang): string {
  return CATEGORY[lang][category];
}

function placed(where: SignalPlace, path: string | undefined, lang: Lang): string {
  if (where === 'url' && path) return lang === 'nl' ? `pad ${path}` : `path ${path}`;
  return PLACE[lang][where];
}

export function formatReason(code: ReasonCode, lang: Lang): string {
  switch (code.kind) {
    case 'term': {
      const place = placed(code.where, code.path, lang);
      if (code.where === 'url' && code.path) return lang === 'nl' ? `${place} (${CATEGORY.nl[code.category]})` : `${place} (${CATEGORY.en[code.category]})`;
      const times = code.count && code.count > 1 ? (lang === 'nl' ? ` (${code.count}×)` : ` (${code.count}×)`) : '';
      return lang === 'nl' ? `${place} noemt '${code.term}'${times}` : `${place} mentions '${code.term}'${times}`;
    }
    case 'schema':
      return `schema.org ${code.type}`;
    case 'site':
      return lang === 'nl' ? `${code.domain} is ${ORG.nl[code.org]}` : `${code.domain} is ${ORG.en[code.org]}`;
    case 'counter': {
      const place = placed(code.where, code.path, lang);
      return lang === 'nl'
        ? `${place} noemt '${code.term}': gaat over ${TOPIC.nl[code.topic]}`
        : `${place} mentions '${code.term}': about ${TOPIC.en[code.topic]}`;
    }
    case 'counter-schema':
      return lang === 'nl' ? `schema.org ${code.type}: gaat over ${TOPIC.nl[code.topic]}` : `schema.org ${code.type}: about ${TOPIC.en[code.topic]}`;
  }
}
