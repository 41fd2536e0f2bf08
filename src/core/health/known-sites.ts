// Curated health organisations by registrable domain. Used only as a prior: being on
// an insurer's or hospital's site makes health words count for more, but never makes a
// page a health page by itself — insurers also sell car and travel insurance, and
// hospitals publish parking, job and building pages.
//
// Matching walks the host's parent domains (www.amsterdamumc.nl → amsterdamumc.nl), so
// no Public Suffix List is needed in the content script for a list this small.
import type { HealthOrgKind } from './types';

const SITES: Record<HealthOrgKind, string> = {
  insurer:
    'zilverenkruis.nl cz.nl vgz.nl menzis.nl dsw.nl onvz.nl asr.nl zorgenzekerheid.nl unive.nl fbto.nl ' +
    'interpolis.nl ditzo.nl zekur.nl anderzorg.nl ohra.nl nn.nl centraalbeheer.nl izz.nl iza.nl ' +
    'umcziektekostenverzekering.nl salland.nl stadholland.nl caresq.nl promovendum.nl pnozorg.nl ' +
    'besured.nl eno.nl deltalloyd.nl hollandzorg.nl zorgzaam.nl bewuzt.nl ' +
    'nationalenederlanden.nl vvaa.nl',
  hospital:
    'amsterdamumc.nl umcutrecht.nl lumc.nl erasmusmc.nl radboudumc.nl umcg.nl mumc.nl ' +
    'antoniusziekenhuis.nl olvg.nl isala.nl catharinaziekenhuis.nl jeroenboschziekenhuis.nl ' +
    'maasstadziekenhuis.nl franciscus.nl haaglandenmc.nl hagaziekenhuis.nl rijnstate.nl mst.nl amphia.nl ' +
    'zuyderland.nl nwz.nl spaarnegasthuis.nl gelreziekenhuizen.nl geldersevallei.nl dz.nl mmc.nl ' +
    'tergooimc.nl ikazia.nl avl.nl prinsesmaximacentrum.nl maartenskliniek.nl oogziekenhuis.nl etz.nl ' +
    'bravis.nl zgt.nl alrijne.nl groenehart.nl rdgg.nl ijsselland.nl sjg.nl asz.nl flevoziekenhuis.nl ' +
    'dijklander.nl rkz.nl frieslandzorggroep.nl mcl.nl treant.nl martiniziekenhuis.nl ommelander.nl ' +
    'wza.nl scheper.nl zrti.nl ziekenhuisamstelland.nl bovenij.nl zaansmedischcentrum.nl vumc.nl ' +
    'nhs.uk mayoclinic.org clevelandclinic.org hopkinsmedicine.org massgeneral.org mountsinai.org ' +
    'kaiserpermanente.org',
  'mental-health-provider':
    'parnassia.nl parnassiagroep.nl ggzingeest.nl arkin.nl ggz-nhn.nl altrecht.nl propersona.nl ' +
    'dimence.nl lentis.nl ggze.nl ggzdelfland.nl mondriaan.eu yulius.nl accare.nl karakter.com psyq.nl ' +
    'indigo.nl ggzcentraal.nl emergis.nl rivierduinen.nl jellinek.nl tactus.nl novadic-kentron.nl ' +
    'brijder.nl 113.nl ggzfriesland.nl vvgi.nl reiniervanarkel.nl ggzoostbrabant.nl ggznet.nl ' +
    'mindfit.nl ggzwnb.nl mentaalbeter.nl ggzbreburg.nl youz.nl mind.org.uk samaritans.org',
  pharmacy:
    'apotheek.nl mediq.nl benu.nl thuisapotheek.nl apotheekhetnet.nl boots.com lloydspharmacy.com ' +
    'cvs.com walgreens.com medimart.nl viata.nl alphega-apotheek.nl kring-apotheek.nl',
  'health-information':
    'thuisarts.nl kanker.nl kwf.nl diabetesfonds.nl hartstichting.nl longfonds.nl reumanederland.nl ' +
    'rivm.nl ggd.nl ggdghor.nl soaaids.nl sense.info gezondheidsplein.nl mijngezondheidsgids.nl ' +
    'alzheimer-nederland.nl epilepsie.nl nvog.nl freya.nl webmd.com healthline.com medlineplus.gov ' +
    'cdc.gov who.int cancer.org cancerresearchuk.org patient.info verywellhealth.com',
};

const BY_DOMAIN: Map<string, HealthOrgKind> = new Map(
  (Object.entries(SITES) as [HealthOrgKind, string][]).flatMap(([kind, list]) =>
    list
      .split(/\s+/)
      .filter(Boolean)
      .map((d): [string, HealthOrgKind] => [d, kind]),
  ),
);

export interface KnownSite {
  domain: string;
  org: HealthOrgKind;
}

/** The curated organisation a host belongs to, if any. */
export function knownHealthSite(hostname: string): KnownSite | null {
  let host = hostname.toLowerCase().replace(/\.$/, '');
  for (let guard = 0; guard < 10 && host.includes('.'); guard++) {
    const org = BY_DOMAIN.get(host);
    if (org) return { domain: host, org };
    host = host.slice(host.indexOf('.') + 1);
  }
  return null;
}

/** Every curated domain of the given kinds (the health shield's bundled list of health-sector sites). */
export function knownHealthDomains(kinds: readonly HealthOrgKind[]): string[] {
  return [...BY_DOMAIN].filter(([, org]) => kinds.includes(org)).map(([domain]) => domain);
}
