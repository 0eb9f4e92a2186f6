/**
 * DOMAIN.md §2 as data: what adding or dropping a sentence of each polarity does to the insured's
 * cover, and the §6 level assumed when the library does not state one for the sentence.
 */
import type { ExpectedDirection, ExpectedMateriality, SentencePolarity } from './policy-model.js';

export interface PolaritySpec {
  /** The row of DOMAIN.md §2. */
  row: string;
  added: ExpectedDirection;
  removed: ExpectedDirection;
  materiality: ExpectedMateriality;
}

export const SENTENCE_POLARITIES: Record<SentencePolarity, PolaritySpec> = {
  grant: { row: 'grant', added: 'broader', removed: 'narrower', materiality: 'medium' },
  restriction: { row: 'restriction / exclusion', added: 'narrower', removed: 'broader', materiality: 'medium' },
  carve_back: { row: 'carve-back', added: 'broader', removed: 'narrower', materiality: 'medium' },
  insured_duty: { row: 'duty of the insured', added: 'narrower', removed: 'broader', materiality: 'medium' },
  // A promise of timing or information: §6 "effect" (timing or admin) keeps it low unless stated.
  insurer_duty: { row: 'duty of the insurer', added: 'broader', removed: 'narrower', materiality: 'low' },
  insurer_right: { row: "insurer's right", added: 'narrower', removed: 'broader', materiality: 'medium' },
};
