// The person's own statement of what they chose in the cookie banner, asked by the
// wizard and the CLI. Stated in the letters as the user's own statement, never
// inferred: where neither a recorded timeline nor this statement says anything,
// the letters say nothing about consent.
import type { Lang } from '../evidence/types';

export type BannerChoice = 'nothing' | 'refused' | 'accepted' | 'no-banner';
export const BANNER_CHOICES: readonly BannerChoice[] = ['nothing', 'refused', 'accepted', 'no-banner'];

/** Whether the site still sends the data when the user last looked. */
export type StillSends = 'yes' | 'no' | 'unknown';
export const STILL_SENDS: readonly StillSends[] = ['yes', 'no', 'unknown'];

export interface UserStatement {
  choice: BannerChoice | null;
  stillSends: StillSends | null;
}

export const NO_STATEMENT: UserStatement = { choice: null, stillSends: null };

export function isBannerChoice(v: unknown): v is BannerChoice {
  return typeof v === 'string' && (BANNER_CHOICES as readonly string[]).includes(v);
}

export function isStillSends(v: unknown): v is StillSends {
  return typeof v === 'string' && (STILL_SENDS as readonly string[]).includes(v);
}

// Phrased for the moment of the visits: a choice made later says nothing about them.
export function choiceStatement(choice: BannerChoice, lang: Lang, visits = 2, allRecorded = false): string {
  const one = visits === 1;
  // With a recorded timeline for every visit the timeline says when; the statement only what.
  if (allRecorded) {
    const nl = lang === 'nl';
    switch (choice) {
      case 'nothing': return nl ? 'Ik heb in de cookiemelding van deze website niets gekozen.' : 'I made no choice in this website’s cookie banner.';
      case 'refused': return nl ? 'Ik heb in de cookiemelding van deze website geweigerd.' : 'I refused in this website’s cookie banner.';
      case 'accepted': return nl ? 'Ik heb in de cookiemelding van deze website op accepteren geklikt.' : 'I clicked accept in this website’s cookie banner.';
      case 'no-banner': return nl ? 'Ik heb op deze website geen cookiemelding gezien.' : 'I saw no cookie banner on this website.';
    }
  }
  if (lang === 'nl') {
    const when = one ? 'Toen dit bezoek plaatsvond' : 'Toen deze bezoeken plaatsvonden';
    switch (choice) {
      case 'nothing': return `${when}, had ik in de cookiemelding van deze website niets gekozen: ik had niet geaccepteerd en niet geweigerd.`;
      case 'refused': return `${when}, had ik in de cookiemelding van deze website geweigerd.`;
      case 'accepted': return `${when}, had ik in de cookiemelding van deze website op accepteren geklikt.`;
      case 'no-banner': return `Tijdens ${one ? 'dit bezoek' : 'deze bezoeken'} heb ik op deze website geen cookiemelding gezien.`;
    }
  }
  const when = one ? 'At the time of this visit' : 'At the time of these visits';
  switch (choice) {
    case 'nothing': return `${when} I had made no choice in this website’s cookie banner: I had neither accepted nor refused.`;
    case 'refused': return `${when} I had refused in this website’s cookie banner.`;
    case 'accepted': return `${when} I had clicked accept in this website’s cookie banner.`;
    case 'no-banner': return `During ${one ? 'this visit' : 'these visits'} I saw no cookie banner on this website.`;
  }
}

/** Whether the processing still goes on, as the user says; null when they did not say. */
export function stillSendsStatement(still: StillSends, lang: Lang): string {
  const nl = lang === 'nl';
  switch (still) {
    case 'yes':
      return nl ? 'Toen ik de website voor het laatst bezocht, verstuurde mijn browser deze gegevens nog steeds: de verwerking gaat door.' : 'When I last visited the website, my browser still sent this data: the processing is continuing.';
    case 'no':
      return nl ? 'Toen ik de website voor het laatst bezocht, zag ik deze verzoeken niet meer. Dat neemt de verwerking die al heeft plaatsgevonden niet weg, en de ontvangers kunnen de gegevens nog bewaren.' : 'When I last visited the website, I no longer saw these requests. That does not undo the processing that already took place, and the recipients may still hold the data.';
    case 'unknown':
      return nl ? 'Ik weet niet of de website deze gegevens nu nog verstuurt.' : 'I do not know whether the website still sends this data today.';
  }
}

/** Explicit consent to share a health-page visit, denied in words (art. 9(2)(a)). */
export function noExplicitConsentStatement(lang: Lang): string {
  return lang === 'nl'
    ? 'Ik heb nooit uitdrukkelijk toestemming gegeven om mijn bezoek aan een gezondheidspagina met andere bedrijven te delen.'
    : 'I never gave explicit consent to share my visit to a health page with other companies.';
}
