// Recognising a cookie banner no rule knows: a fixed or sticky box, stacked above the
// page, at an edge of the viewport (or a large centred dialog), whose text talks about
// cookies or consent and which offers buttons. Pure: the content script measures the
// element (generic-banner.ts) and asks these questions.

export interface BoxFacts {
  /** Computed `position`. */
  position: string;
  /** Computed `z-index` ('auto' or a number as text). */
  zIndex: string;
  rect: { top: number; left: number; width: number; height: number };
  viewport: { width: number; height: number };
}

/** How far from an edge a floating notice may sit (Klaro: 20 px; many themes: 24-32 px). */
const EDGE_PX = 48;
const MIN_Z_INDEX = 10;

/** Words that banners use for what they ask, in Dutch, English, German, French, Italian and Spanish. */
const CONSENT_WORDS = /\b(cookies?|cookiebeleid|cookieverklaring|cookie-?instellingen|consent|toestemming|einwilligung|zustimmung|datenschutz\w*|consentement|traceurs|gdpr|dsgvo|rgpd|avg|consenso|consentimiento)\b/i;

/** Texts longer than this are a page, not a banner. */
const MAX_BANNER_TEXT = 6000;

export function mentionsConsent(text: string): boolean {
  return typeof text === 'string' && text.length > 0 && text.length <= MAX_BANNER_TEXT && CONSENT_WORDS.test(text.slice(0, MAX_BANNER_TEXT));
}

export function isBannerBox(box: BoxFacts): boolean {
  if (box.position !== 'fixed' && box.position !== 'sticky') return false;
  const z = Number.parseInt(box.zIndex, 10);
  if (!Number.isFinite(z) || z < MIN_Z_INDEX) return false;
  const { top, left, width, height } = box.rect;
  const { width: vw, height: vh } = box.viewport;
  if (width < 120 || height < 30 || vw <= 0 || vh <= 0) return false;
  const bottom = top + height;
  const atTopOrBottom = top <= EDGE_PX || bottom >= vh - EDGE_PX;
  const atSide = left <= EDGE_PX || left + width >= vw - EDGE_PX;
  const largeDialog = width >= vw * 0.4 && height >= vh * 0.2;
  return atTopOrBottom || (atSide && bottom >= vh * 0.6) || largeDialog;
}

export function looksLikeBanner(box: BoxFacts, text: string, buttonCount: number): boolean {
  return buttonCount > 0 && isBannerBox(box) && mentionsConsent(text);
}
