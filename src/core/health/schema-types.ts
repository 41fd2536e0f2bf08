// schema.org types that say something about a page's health content.
// Page-level types (MedicalWebPage, MedicalCondition, Drug) are strong evidence: a site
// marks a page up that way because that page is medical. Organisation types (Hospital,
// MedicalOrganization) are often in the site-wide header markup of every page, including
// the parking page, so they count about as much as one medical word.
// https://schema.org/MedicalEntity, https://schema.org/MedicalOrganization
import type { CounterTopic, HealthCategory } from './types';

export interface SchemaEvidence {
  weight: number;
  category: HealthCategory;
}

export const HEALTH_SCHEMA_TYPES: ReadonlyMap<string, SchemaEvidence> = new Map<string, SchemaEvidence>([
  ['MedicalWebPage', { weight: 5, category: 'general-health' }],
  ['MedicalCondition', { weight: 5, category: 'chronic-conditions' }],
  ['MedicalSignOrSymptom', { weight: 4, category: 'chronic-conditions' }],
  ['InfectiousDisease', { weight: 5, category: 'chronic-conditions' }],
  ['Drug', { weight: 5, category: 'medicines-pharmacy' }],
  ['DrugStrength', { weight: 4, category: 'medicines-pharmacy' }],
  ['MedicalProcedure', { weight: 4, category: 'hospital-gp-care' }],
  ['SurgicalProcedure', { weight: 4, category: 'hospital-gp-care' }],
  ['TherapeuticProcedure', { weight: 4, category: 'hospital-gp-care' }],
  ['DiagnosticProcedure', { weight: 4, category: 'hospital-gp-care' }],
  ['MedicalTest', { weight: 4, category: 'hospital-gp-care' }],
  ['MedicalTherapy', { weight: 4, category: 'general-health' }],
  ['PhysicalTherapy', { weight: 4, category: 'disability-rehabilitation' }],
  ['PsychologicalTreatment', { weight: 5, category: 'mental-health' }],
  ['MedicalGuideline', { weight: 4, category: 'general-health' }],
  ['MedicalStudy', { weight: 3, category: 'general-health' }],
  ['MedicalClinic', { weight: 2, category: 'hospital-gp-care' }],
  ['Hospital', { weight: 1.5, category: 'hospital-gp-care' }],
  ['Physician', { weight: 2, category: 'hospital-gp-care' }],
  ['Dentist', { weight: 2, category: 'hospital-gp-care' }],
  ['Optician', { weight: 1.5, category: 'hospital-gp-care' }],
  ['DiagnosticLab', { weight: 2, category: 'hospital-gp-care' }],
  ['Pharmacy', { weight: 1.5, category: 'medicines-pharmacy' }],
  ['MedicalOrganization', { weight: 1, category: 'hospital-gp-care' }],
  ['MedicalBusiness', { weight: 1, category: 'hospital-gp-care' }],
  ['HealthInsurancePlan', { weight: 1.5, category: 'general-health' }],
]);

/** Types that say the page is about something else. VeterinaryCare is a MedicalOrganization for animals. */
export const COUNTER_SCHEMA_TYPES: ReadonlyMap<string, { weight: number; topic: CounterTopic }> = new Map([
  ['VeterinaryCare', { weight: 8, topic: 'veterinary' as CounterTopic }],
  ['JobPosting', { weight: 8, topic: 'jobs' as CounterTopic }],
  ['Recipe', { weight: 8, topic: 'food' as CounterTopic }],
  ['ExerciseGym', { weight: 6, topic: 'fitness' as CounterTopic }],
  ['SportsEvent', { weight: 4, topic: 'sports' as CounterTopic }],
  ['ParkingFacility', { weight: 6, topic: 'parking-route' as CounterTopic }],
]);

/** 'https://schema.org/Hospital' and 'schema:Hospital' → 'Hospital'. */
export function schemaTypeName(raw: string): string {
  const t = raw.trim();
  const cut = Math.max(t.lastIndexOf('/'), t.lastIndexOf('#'), t.lastIndexOf(':'));
  return cut >= 0 ? t.slice(cut + 1) : t;
}
