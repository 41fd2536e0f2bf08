// English health vocabulary, weighted as in lexicon-nl.ts. English rarely compounds,
// so most entries are whole words or stems (therap* → therapy, therapies, therapist).
// Ambiguous everyday words are left out or kept light: 'condition' (terms and
// conditions), 'stroke' (swimming), 'drug' (narcotics news), 'gp' without 'gps'.
// Notation: see lexicon-format.ts.
import type { LexiconSource } from './lexicon-format';

export const LEXICON_EN: LexiconSource = {
  lang: 'en',
  inflections: ['s', 'es'],
  compoundTails: 'test tests testing clinic clinics care treatment prevention',
  categories: {
    'mental-health':
      'mental health:3, mental illness:3, mental disorder:3, depression:2.5, depressive:3, depressed:2, ' +
      'anxiety:2.5, anxiety disorder:3, panic attack:3, panic disorder:3, burnout:2, psycholog*:2.5, ' +
      'psychiatr*:3, psychother*:3, psychosis:3, psychotic:3, adhd:3, autism:3, autistic:3, asperger*:3, ' +
      'eating disorder:3, anorexia:3, bulimia:3, binge eating:3, ptsd:3, post traumatic:3, trauma:1.5, ' +
      'ocd:2.5, obsessive compulsive:3, bipolar:3, schizophren*:3, suicid*:3, self harm:3, ' +
      'personality disorder:3, cbt:2.5, cognitive behavioural:3, cognitive behavioral:3, emdr:3, ' +
      'counselling:2, counseling:2, counsellor:2, counselor:2, mood disorder:3, insomnia:2, ' +
      'talking therapy:3, talking therapies:3',
    reproduction:
      'ivf:3, icsi:3, iui:3, in vitro:3, fertility:3, infertil*:3, fertilisation:3, fertilization:3, ' +
      'trying to conceive:3, conceive:1.5, pregnan*:3, abortion*:3, contracepti*:3, birth control:3, ' +
      'midwif*:3, midwives:3, obstetric*:3, antenatal:3, prenatal:3, postnatal:3, postpartum:3, ' +
      'miscarriage:3, embryo*:3, egg freezing:3, sperm:2.5, surrogacy:3, breastfeeding:2, menstrua*:2.5, ' +
      'menopaus*:2.5, gynaecolog*:3, gynecolog*:3, endometriosis:3, pcos:3, childbirth:3, giving birth:3, ' +
      'maternity:1.5, ultrasound:1.5, ovulation:2.5, vasectomy:3, sterilisation:2',
    'sexual-health':
      'sexual health:3, sti:3, std:3, hiv:3, chlamydia:3, gonorrh*:3, syphilis:3, herpes:2.5, hpv:2.5, ' +
      'genital*:2.5, erectile*:3, sexual dysfunction:3, sexually transmitted:3, hepatitis:2.5, condom:1.5, ' +
      'pre exposure prophylaxis:3',
    cancer:
      'cancer*:3, *cancer:3, tumour*:3, tumor*:3, oncolog*:3, chemo*:3, radiotherap*:3, radiation therapy:3, ' +
      'immunotherap*:3, metasta*:3, leukaemia:3, leukemia:3, lymphoma:3, melanoma:3, mammogra*:3, ' +
      'carcinoma:3, sarcoma:3, biops*:2, malignan*:2.5, palliative:2.5, hospice:2.5',
    addiction:
      'addiction:3, addictions:3, addicted:2.5, alcoholism:3, alcohol use disorder:3, substance use:3, ' +
      'substance abuse:3, drug abuse:3, drug use:1.5, rehab:2, detox:1.5, withdrawal symptom:2.5, opioid*:3, ' +
      'methadone:3, quit smoking:2.5, stop smoking:2.5, smoking cessation:3, nicotine:1.5',
    'chronic-conditions':
      'diabet*:3, insulin*:3, asthma*:3, copd:3, rheumat*:3, arthritis:3, *arthritis:3, heart failure:3, ' +
      'heart disease:3, cardiovascular:2.5, heart attack:3, stroke:1.5, epilep*:3, parkinson*:3, ' +
      'alzheimer*:3, dementia:3, migraine*:2.5, multiple sclerosis:3, crohn*:3, colitis:3, ' +
      'irritable bowel:2.5, ibs:2, kidney disease:3, dialysis:3, hypertension:3, high blood pressure:2.5, ' +
      'blood pressure:1.5, cholesterol:1.5, obesity:2, allerg*:1.5, eczema:2.5, psoriasis:2.5, chronic:1.5, ' +
      'fibromyalgia:3, long covid:2.5, covid:1.5, disease:2, diseases:2, illness:2, illnesses:2, ' +
      'medical condition:2.5, health condition:2.5, symptom*:2, pain:1, chronic pain:2.5, lyme:2, ' +
      'disorder:2, syndrome:2, infection*:2, inflammation:2, cataract*:3, glaucoma:3, sleep apnoea:3, ' +
      'sleep apnea:3, acne:1.5, gout:2.5, osteoporosis:3, thyroid:2.5, dietitian*:2.5, dietician*:2.5',
    'disability-rehabilitation':
      'physiotherap*:3, physical therapy:3, physical therapist:3, rehabilitat*:2.5, occupational therapy:3, ' +
      'occupational therapist:3, speech therapy:3, speech therapist:3, language therapy:3, disabilit*:2, disabled:2, ' +
      'wheelchair*:3, mobility aid:3, hearing aid:3, hearing loss:3, prosthe*:3, orthotic*:2.5, podiatr*:3, ' +
      'chiropract*:2.5, osteopath*:2.5, incontinence:3, stoma:3, home care:2, nursing home:2.5, care home:2, ' +
      'carer:1.5, caregiver:1.5, injury:0.7, injuries:0.7',
    'medicines-pharmacy':
      'pharmac*:2, medicine:1.5, medicines:1.5, medication*:2.5, prescription*:2.5, prescribed:2, drugs:1, ' +
      'dosage:2.5, dose:1.5, tablet*:0.7, capsule*:1, side effect:3, active ingredient:3, ' +
      'patient information leaflet:3, paracetamol:2.5, ibuprofen:2.5, acetaminophen:2.5, antibiotic*:3, ' +
      'painkill*:2.5, antidepressant*:3, statin:3, blood thinner:3, vaccin*:2, immunis*:2, immuniz*:2, ' +
      'flu jab:2.5, flu shot:2.5, over the counter:1.5, ointment:1.5, inhaler*:3, nasal spray:1.5, ' +
      'eye drops:1.5',
    genetics:
      'genetic*:2.5, genomic*:2.5, hereditary:2.5, inherited:0.7, dna test:2.5, dna testing:2.5, dna:1, ' +
      'carrier screening:3, brca*:3, gene mutation:3, mutation:1, chromosom*:3',
    'hospital-gp-care':
      'hospital:1, hospitals:1, outpatient*:2.5, inpatient*:2.5, clinic:1.5, clinical:1.5, gp.:1.5, ' +
      'general practitioner:2.5, family doctor:2.5, doctor:1.5, physician*:2, nurse:1.2, nursing:1.2, ' +
      'referral*:1.5, appointment*:0.7, specialist*:1, patient*:1.5, surgery:2, surgical:2, surgeon*:2.5, ' +
      'cardiolog*:2.5, neurolog*:2.5, dermatolog*:2.5, urolog*:2.5, orthopaed*:2.5, orthoped*:2.5, ' +
      'paediatric*:2.5, pediatric*:2.5, geriatric*:2.5, emergency department:2.5, accident and emergency:2.5, ' +
      'urgent care:2.5, dentist*:2.5, dental:2, orthodont*:2.5, optometr*:2, optician*:2, blood test:2.5, ' +
      'test results:1, diagnos*:1.5, treatment:0.8, treatments:0.8, medical:1.5, medically:1.5, x ray:2, ' +
      'mri:2.5, ct scan:2.5, telehealth:2.5, telemedicine:2.5, patient portal:2.5, consultation:1',
    'general-health':
      'health:0.5, healthcare:1.2, health care:1.2, health insurance:1, nhs:1, therap*:1.5, wellbeing:0.3',
  },
  counters: {
    jobs:
      'vacanc*:3, jobs:2, careers:3, career:1.5, apply now:2.5, job description:3, salary:2, hiring:2.5, ' +
      'recruitment:2, work with us:2.5, join our team:2.5, internship*:2',
    'parking-route':
      'parking:3, car park:3, directions:2, getting here:3, how to get here:3, public transport:2.5, bus:0.7, ' +
      'shuttle:1.5, map:0.7, parking garage:3',
    construction:
      'construction:2.5, new building:2.5, building work:2.5, contractor*:2, groundbreaking:2, renovation*:2',
    fitness:
      'gym:3, fitness:2.5, workout*:2.5, personal trainer:2.5, personal training:2.5, membership:1, ' +
      'strength training:2, treadmill:2, yoga:1, pilates:1',
    food:
      'recipe*:3, ingredient*:2.5, tablespoon*:2.5, teaspoon*:2.5, tbsp:2.5, tsp:2.5, preheat:3, oven:1.5, ' +
      'serves:1, calories:1, bake:1.5, baking:1.5, cooking:1.5, salad:1.5, dinner:1, lunch:1',
    veterinary:
      'vet:3, veterinar*:4, pet:2.5, dog:2.5, puppy:2.5, puppies:2.5, cat:2.5, kitten*:2.5, rabbit*:1.5, ' +
      'horse*:1.5, flea:2, worming:2.5, animal:1.5, pet insurance:4',
    sports:
      'league:2, premier league:3, goals:1, scored:2, striker:2.5, midfielder:2.5, season:1, championship:2, ' +
      'tournament:2, coach:1, transfer:1, football:2, soccer:2, tennis:1.5, cricket:2, rugby:2, olympic*:1.5, ' +
      'fixture:1.5, squad:2',
    'other-insurance':
      'car insurance:4, motor insurance:4, home insurance:4, travel insurance:4, contents insurance:4, ' +
      'buildings insurance:4, life insurance:3, no claims:3, mortgage*:3, pension*:2, breakdown cover:3, ' +
      'baggage:2, luggage:2, burglary:2, landlord:1.5',
    vehicles:
      'vehicle:2, car:1.5, mot:2, tyre*:1.5, tire*:1.5, garage:1.5, mechanic*:2, engine:1.5, battery:1, ' +
      'dealership:2, mileage:2',
    'customer-service':
      'contact us:3, contact:1.5, customer service:2.5, opening hours:2, phone number:1.5, call us:1.5, faq:1',
    // Page kinds (page-kind.ts): mostly from the address path and the title.
    news: 'news:2, newsroom:2.5, press release:2.5, press releases:2.5, live blog:2.5, breaking:1.5',
    business:
      'annual report:3, revenue:2.5, market share:3, shareholder*:3, shares:1.5, dividend:3, acquisition:2.5, acquire:2, ' +
      'investor*:2.5, analysts:2, profit:1.5, earnings:2.5, deal:1, start up:1.5, ranking:1.5, premium income:3, ' +
      'board:1, ceo:2, recruitment firms:3, agency staff:2.5, spending:1.5, workforce:1.5',
    education:
      'course:2.5, courses:2.5, cpd:3, continuing education:3, accredited:2, accreditation:3, curriculum:3, module:2, ' +
      'modules:2, programme:1.5, program:1, programs:1.5, fellowship:3, residency:3, applications:1.5, applying:1.5, ' +
      'interview invites:3, letters of recommendation:3, students:1.5, tuition:3, enrol*:2.5, book your place:3, ' +
      'course fee:3, certificate:2',
    retail:
      'add to basket:3, add to cart:3, basket:2, checkout:2.5, free delivery:3, delivery:1, returns:1.5, offers:1.5, ' +
      'off:0.5, shop:2, shop our:3, buy:1, sale:1.5, award*:1.5, our pick:2.5, subscription*:1.5, prices:1.5, ' +
      'skincare:1.5, beauty:2, make up:2, fragrance:2.5, glow:2',
    legal:
      'solicitor*:3, lawyer*:3, law firm:3, legal:2, claim compensation:3, compensation:2.5, no win no fee:3, claims:1.5, ' +
      'claim:1.5, negligence:2.5, liability:2, liable:2.5, litigation:3, attorney*:3',
    lifestyle:
      'healthy eating:3, healthy diet:3, balanced diet:3, healthy lifestyle:3, diet:1.5, diets:1.5, dieting:2, weight loss:2.5, ' +
      'lose weight:2.5, nutrition*:2, nutritionist*:1.5, running:2, run:1.5, steps:1, exercise:1.5, wellness:1.5, ' +
      'self care:2, meditation:2, caffeine:1.5, coffee:1.5, cups:1, vegetables:1.5, plant based:2, fasting:2, ' +
      'healthy:1, benefits:1, tips:1, oats:1.5, lentils:1.5, meal plan:2.5, trend*:1.5',
    'policy-research':
      'researchers:3, study finds:3, study:1.5, studies:1.5, published:2, journal:2, ministers:2.5, minister:2, ' +
      'government:2, policy:1.5, levy:3, tax:1.5, campaigners:2.5, legislation:2.5, parliament:2, followed:1, ' +
      'participants:1.5, findings:1.5, linked to:2, suggest:1',
  },
};
