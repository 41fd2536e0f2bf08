// Dutch health vocabulary, weighted: 3 = names a condition or treatment on its own,
// 2 = clearly medical, 1 = medical in context, < 1 = common on non-health pages too.
// English loanwords that Dutch pages use (burn-out, ADHD, PrEP) are listed here as well.
// Notation: see lexicon-format.ts.
import type { LexiconSource } from './lexicon-format';

export const LEXICON_NL: LexiconSource = {
  lang: 'nl',
  inflections: ['s', 'e', 'en', 'n', 'es'],
  compoundTails:
    'test testen behandeling behandelingen poli kliniek klinieken zorg centrum preventie remmer remmers ' +
    'medicatie traject trajecten patient patienten arts artsen spreekuur consult screening onderzoek ' +
    'team afdeling therapie pil pillen vergoeding',
  categories: {
    'mental-health':
      'ggz:3, geestelijke gezondheidszorg:3, geestelijke gezondheid:3, depressi*:3, *depressie:3, burn out:2.5, ' +
      'burnout:2.5, overspannen*:2, angststoorn*:3, *angststoornis:3, paniekaanval*:3, paniekstoornis:3, ' +
      'psycholo*:2.5, *psycholoog:2.5, *psychologen:2.5, *psychiat*:3, psychothera*:3, psychose*:3, psychotisch*:3, ' +
      'adhd:3, autis*:3, eetstoorn*:3, anorexia:3, boulimia:3, boulimie:3, ptss:3, trauma:1.5, traumaverwerking:3, ' +
      'ocd:2.5, dwangstoorn*:3, bipolair*:3, schizofren*:3, suicid*:3, zelfmoord*:2.5, zelfbeschadig*:3, ' +
      'persoonlijkheidsstoorn*:3, *stoornis:1.5, emdr:3, gedragsthera*:3, cognitieve gedragstherapie:3, ' +
      'praktijkondersteuner:1.5, somberheid:2, angstklachten:3, slaapproblemen:1.5, mentale gezondheid:3, ' +
      'mentale klachten:3, psychische*:2.5, psychisch:2.5, rouwverwerking:2, stemmingsstoornis:3',
    reproduction:
      'ivf:3, icsi:3, iui:3, in vitro:3, vruchtbaar*:3, onvruchtba*:3, verminderde vruchtbaarheid:3, ' +
      'fertilit*:3, fertilisatie:3, kinderwens*:3, zwanger*:3, *zwangerschap:3, abortus*:3, *abortus:3, ' +
      'overtijdbehandeling:3, anticonceptie*:3, *anticonceptie:3, spiraal:1.5, spiraaltje:2, condoom*:1.5, ' +
      'verloskund*:3, kraamzorg*:3, kraamverzorg*:3, kraamweek:3, kraambed*:3, bevalling*:3, *bevalling:3, ' +
      'bevallen:2.5, echoscop*:2.5, zwangerschapsecho:3, prenata*:3, nipt:3, miskraam:3, embryo*:3, eicel*:3, ' +
      'zaadcel*:3, sperma*:2.5, zaaddonor*:3, draagmoeder*:3, borstvoeding:2, menstrua*:2.5, menopauze:2.5, ' +
      'gynaecolo*:3, endometriose:3, pcos:3, eisprong:2.5, baarmoeder*:2.5, geboortezorg:3, sterilisatie:2.5, vasectomie:3',
    'sexual-health':
      'soa:3, hiv:3, aids:2.5, prep:3, chlamydia:3, gonorroe:3, syfilis:3, herpes:2.5, hpv:2.5, ' +
      'seksuele gezondheid:3, seksuolo*:3, erectiestoorn*:3, erectieprobl*:3, genita*:2.5, hepatitis:2.5, ' +
      'soatest:3, seksueel overdraagbare:3',
    cancer:
      'kanker*:3, *kanker*:3, tumor*:3, *tumor:3, oncolo*:3, *oncologie:3, chemo*:3, bestraling*:3, ' +
      'radiothera*:3, immunothera*:3, uitzaaiing*:3, metasta*:3, leukemie:3, *lymfoom:3, lymfoom:3, melanoom:3, ' +
      'mammografie:3, *carcinoom:3, carcinoom:3, sarcoom:3, biopt*:2, bevolkingsonderzoek:2, palliatie*:2.5, ' +
      'knobbeltje:1.5',
    addiction:
      'verslaving*:3, *verslaving:3, verslaafd*:3, alcoholisme:3, alcoholprobl*:3, drugsgebruik:2, afkick*:3, ' +
      'ontwenning*:3, rookstop*:2.5, stoppen met roken:2.5, nicotine*:1.5, methadon:3, detox:2, ' +
      'middelengebruik:2.5, gokprobl*:2.5, verslavingszorg:3',
    'chronic-conditions':
      'diabetes*:3, *diabetes*:3, suikerziekte:3, insuline*:3, astma*:3, copd:3, reuma*:3, artrose:3, ' +
      '*artritis:3, artritis:3, hartfalen:3, hartziekte*:2.5, *hartziekte:2.5, hartritme*:3, hartinfarct:3, ' +
      'herseninfarct:3, beroerte:3, epilepsie:3, parkinson*:3, alzheimer*:3, dementie*:3, *dementie:3, ' +
      'migraine:2.5, multiple sclerose:3, sclerose:3, crohn:3, colitis:3, prikkelbare darm:2.5, nierfalen:3, ' +
      '*nierziekte:3, dialyse:3, hoge bloeddruk:2.5, bloeddruk:1.5, hypertensie:3, cholesterol:1.5, obesitas:2, ' +
      'overgewicht:1, allergie*:1.5, eczeem:2.5, psoriasis:2.5, chronisch*:1.5, fibromyalgie:3, long covid:2.5, ' +
      'covid:1.5, ziekte:1.5, *ziekte:1.5, ziekten:1.5, aandoening*:2, *aandoening:2, symptom*:2, pijn:1, ' +
      '*pijn:1.5, lyme:2.5, klachten:0.5, gezondheidsklacht*:2, infectie*:2, *infectie:2, ontsteking*:2, ' +
      '*ontsteking:2, syndroom:2, *syndroom:2, staar:3, cataract:3, glaucoom:3, slaapapneu:3, apneu:2.5, ' +
      'acne:1.5, jicht:3, osteoporose:3, hernia:2.5, spataderen:2, aambeien:2.5, schildklier*:2.5, ' +
      'longziekte*:3, *longziekte:3, leefstijlinterventie:2.5, dietist*:2.5, dieetadvies:2.5',
    'disability-rehabilitation':
      'fysiothera*:3, *fysiotherapie:3, fysio:2.5, revalid*:3, ergothera*:3, logoped*:3, oefenthera*:3, ' +
      'manuele therapie:3, handicap*:2, gehandicapt*:2, beperking*:0.7, hulpmiddel*:1.5, rolstoel*:3, ' +
      'rollator*:3, gehoorapparat*:3, *hoorapparaat:3, hoortoestel*:3, prothese*:3, *prothese:3, orthese*:3, ' +
      'steunzolen:2, podothera*:3, podolo*:2.5, chiropract*:2.5, osteopa*:2.5, dyslexie:2, blessure*:0.7, ' +
      'gehoorverlies:2.5, slechthorend*:2.5, slechtziend*:2.5, incontinentie*:3, stoma:3, mantelzorg*:1.5, ' +
      'thuiszorg:2, wijkverpleg*:2.5, verpleeghuis*:2.5, langdurige zorg:2, wlz:2',
    'medicines-pharmacy':
      'apothe*:2, *apotheek:2, medicij*:2, *medicijnen:2, geneesmiddel*:2.5, *geneesmiddelen:2.5, medicatie*:2, ' +
      '*medicatie:2, herhaalrecept*:2.5, receptplichtig*:3, zelfzorg*:1.5, bijsluiter*:3, tablet*:0.7, ' +
      'capsule*:1, dosering*:2, werkzame stof:3, bijwerking*:3, paracetamol:2.5, ibuprofen:2.5, ' +
      'antibiotic*:3, antibiotica:3, pijnstill*:2.5, *pijnstiller:2.5, antidepressiv*:3, statine*:3, ' +
      'bloedverdunn*:3, vaccin*:2, vaccinati*:2, inenting*:2, griepprik:2.5, zalf:1, neusspray:1.5, ' +
      'hoestdrank:2, oogdruppels:1.5, voorgeschreven:2, voorschrijven:1.5',
    genetics:
      'genetisch*:2.5, *genetica:3, genetica:3, erfelijk*:2.5, dna:1, dna onderzoek:2.5, dna test:2.5, ' +
      'dragerschap*:3, *dragerschap:3, genmutatie*:3, brca*:3, chromoso*:3, erfelijkheidsonderzoek:3',
    'hospital-gp-care':
      'ziekenhu*:1, polikli*:2.5, *polikliniek:2.5, poli:1.5, huisarts*:2.5, *huisarts:2.5, specialist*:1, ' +
      'medisch specialist:2, verwijz*:1, verwijsbrief:2.5, patient*:1.5, *patient:1.5, behandel*:0.7, ' +
      'diagnos*:1.5, operatie*:1.5, *operatie:1.5, opname:0.7, chirurg*:2.5, *chirurgie:2.5, arts:1.5, ' +
      // Not '*arts': voorwaarts, huiswaarts end the same way.
      'oogarts:2.5, kinderarts:2.5, bedrijfsarts:2, jeugdarts:2.5, sportarts:2, ouderenarts:2.5, ' +
      'verpleeghuisarts:2.5, verslavingsarts:3, consult:1.5, spreekuur*:2, *spreekuur:2, wachtkamer:1.5, seh:2, spoedeisende hulp:2.5, ' +
      'spoedpost:2, tandarts*:2.5, mondhygien*:2, mondzorg:2, orthodont*:2.5, kno:2, dermatolo*:2.5, ' +
      'cardiolo*:2.5, neurolo*:2.5, pijnpoli:3, pijnbestrijding:2.5, anesthesio*:2.5, radiolo*:2,  urolo*:2.5, orthoped*:2.5, geriatr*:2.5, intensive care:2, ' +
      'verpleegkund*:1.5, zorgverlener*:1.5, bloedonderzoek:2.5, bloedafname:2.5, bloedprik*:2, ' +
      'laboratorium:1, uitslag*:1, medisch*:1.5, kliniek:1.5, *kliniek:1.5, triage:1.5, ' +
      'patientenportaal:2.5, ziekenhuisopname:2.5, nazorg:1.5, dagbehandeling:2.5, zorgverlening:1, afspraak:0.5',
    'general-health':
      'zorgverzekering*:1, *zorgverzekering:1, basisverzekering:1, aanvullende verzekering:1.5, ' +
      'tandartsverzekering:2, eigen risico:1, gezondheid:0.8, gezondheidszorg:1.5, *gezondheid:0.8, ' +
      'therapie*:1.5, *therapie:1.5, therapeut*:1.5, *therapeut:1.5, zorgvraag:1.5, gezondheidsproblemen:2',
  },
  counters: {
    jobs:
      'vacature*:3, *vacature:3, *vacatures:3, sollicit*:3, werken bij:2.5, carriere*:2, banen:1, ' +
      'salaris*:1.5, functieomschrijving:2, cao:1, werkervaring:1.5, dienstverband:2, opleidingsplaats*:1.5',
    'parking-route':
      'parkeer*:3, parkeren:3, *parkeren:3, route:1.5, routebeschrijving:3, bereikbaarheid:2.5, ' +
      'openbaar vervoer:2, bus:0.7, buslijn*:2, navigatie:1.5, fietsenstalling:2, plattegrond:1.5, ' +
      'parkeergarage:3, tarieven parkeren:3',
    construction:
      'nieuwbouw*:3, verbouw*:3, bouwproject*:2.5, bouwwerkzaamheden:3, aannemer*:2.5, eerste paal:3, ' +
      'renovatie*:2, zonnepanelen:2, hoogste punt:2, bouwkraan:2.5, sloop:1.5',
    fitness:
      'fitness*:3, sportschool*:3, personal trainer:2.5, workout*:2.5, groepsles*:2, krachttraining:2, ' +
      'gym:2.5, cardiotraining:2, spinning:1.5, bootcamp:1.5, lidmaatschap:1',
    food:
      'recepten:2, ingredient*:3, bereidingswijze:3, bereiding:1, oven*:1.5, gerecht*:2.5, eetlepel*:2.5, ' +
      'theelepel*:2, gram:1, kookboek:2, koken:1.5, smakelijk:2, lunch:1, diner:1, salade:1.5, ' +
      'ovenschotel:3, bakken:1.5, snufje:2.5',
    veterinary:
      'dierenarts*:4, *dierenarts:4, dierenkliniek*:4, dierenziekenhuis:4, huisdier*:3, *huisdier:3, hond:2.5, ' +
      'honden*:2.5, kat:2, katten*:2.5, kitten*:2.5, puppy*:2.5, konijn*:2, paard*:1.5, dieren*:2, ' +
      'vlooien:2, ontworm*:3, baasje*:2.5, dierenverzekering*:4, diergeneesk*:4',
    sports:
      'wedstrijd*:2, competitie:1.5, eredivisie:3, voetbal*:2, doelpunt*:2.5, transfer*:1.5, keeper:2, ' +
      'scoorde:2.5, seizoen:1, kampioen*:2, toernooi:2, wielren*:2, olympisch*:1.5, selectie:1, ' +
      'trainer:1, speelronde:2.5, blessuretijd:2.5',
    'other-insurance':
      'autoverzekering*:4, *autoverzekering:4, reisverzekering*:4, *reisverzekering:4, woonverzekering*:4, ' +
      'inboedelverzekering*:4, opstalverzekering*:4, aansprakelijkheidsverzekering*:4, rechtsbijstand*:3, ' +
      'uitvaartverzekering*:4, levensverzekering*:3, hypothe*:3, pensioen*:2, ' +
      'no claim:3, schadevrije jaren:3, bagage:2, annulering*:2, inbraak:2, waterschade:2, ' +
      'caravan*:2, motorverzekering:4, fietsverzekering:4, schadeverzekering*:3, casco:3, pechhulp:3',
    vehicles:
      'auto:1.5, autoschade:3, kenteken:3, apk:3, garage:2, monteur*:2, banden:1.5, werkplaats:2, ' +
      'storingslampje:3, occasion*:2, lease*:1.5, motorblok:3, accu:1.5, onderhoudsbeurt:3',
    'customer-service':
      'contact:2, klantenservice:2.5, openingstijden:2, bel ons:1.5, telefoonnummer:1.5, chat:1, ' +
      'contactformulier:2, veelgestelde vragen:1',
    // Page kinds (page-kind.ts): mostly from the address path and the title.
    news: 'nieuws:2, nieuwsbericht*:2, persbericht*:2.5, pers:1, actueel:1, liveblog:2.5',
    business:
      'jaarverslag*:3, jaardocument:3, omzet:2, marktaandeel*:3, aandeelhouder*:3, beurs:1.5, dividend:3, overname:2, ' +
      'solvabiliteit:3, investeerder*:2.5, investor*:2.5, analisten:2, consolidatie:2.5, branche:1.5, raad van bestuur:2, ' +
      'raad van toezicht:2, bestuurder:1.5, jaarcijfers:3, winst:1.5, beleggers:2.5',
    education:
      'nascholing*:3, opleiding*:2, *opleiding:2, cursus*:2.5, accreditatie*:3, accreditatiepunten:3, lesdagen:3, lesdag:3, ' +
      'lesmateriaal:3, certificaat:2, inschrijven:1.5, schrijf je in:2.5, studenten:1.5, studiepunten:3, brochure:1.5, incompany:3, ' +
      'stagiair*:2, coschap*:2.5, collegegeld:3',
    retail:
      'winkelwagen*:3, in winkelwagen:3, bestel*:1.5, gratis verzending:3, bezorging:1.5, retourneren:2, aanbieding*:2, ' +
      'korting:1.5, halve prijs:3, 2e halve prijs:3, cadeaubon*:3, webshop:2.5, betaal achteraf:3, huidtype*:2, tinten:2, ' +
      'beauty:2, make up:2, parfum:2.5, award:1.5, huidverzorging:1.5',
    legal:
      'advocaat:3, advocaten:3, *advocaat:3, *advocaten:3, letselschade*:3, aansprakelijk*:2.5, schadevergoeding:2.5, ' +
      'juridisch*:2.5, jurist*:2.5, rechtszaak:2.5, tegenpartij:3, smartengeld:3, claim:1.5, kantoor:0.5',
    lifestyle:
      'gezond eten:3, gezonde voeding:3, gezonde leefstijl:3, gezond leven:3, leefstijl:1.5, afvallen:3, afslanken:3, ' +
      'schijf van vijf:3, voedingsstoffen:2.5, volkoren*:2, groente:1.5, fruit:1, vezels:1.5, eiwitten:1.5, kcal:2, ' +
      'calorieen:2, beweeg:1.5, bewegen:1.5, wandelen:1.5, hardlopen:2, fit:1.5, gezond:1, gezonde:1, tips:1, ' +
      'suikers:1.5, tussendoortjes:2, recept:2, *recept:1.5, peulvruchten:2, noten:1, supplement*:1.5, vitamine*:1.5',
    'policy-research':
      'onderzoekers:3, wetenschappers:3, onderzoek toont:3, studie:1.5, gepubliceerd:2, vakblad:2.5, tijdschrift:1.5, ' +
      'kabinet:2.5, staatssecretaris:2.5, minister:2, ministerie:2, tweede kamer:2.5, maatregel*:1.5, belasting:1.5, ' +
      'suikertaks:3, beleid:1.5, wetsvoorstel:2.5, wetenschap:1.5, resultaten:1, deelnemers:1.5',
  },
};
