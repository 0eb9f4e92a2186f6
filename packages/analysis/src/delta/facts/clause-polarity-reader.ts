/**
 * The polarity a modified clause's scope is read with: its type's (tables/clause-types.ts), unless
 * every sentence of both sides that does something says otherwise. A claim-settlement clause the
 * classifier called a grant ("The Company shall settle or reject a claim within 30 days") is the
 * insurer's duty; a renewal option classified as a waiting period ("will have a one-time option
 * to renew") is a grant. A carve-back ("but we will pay…") belongs to a restriction, so it never
 * turns an exclusion into a grant.
 */
import type { ClauseType } from '@policydiff/contracts';
import { clauseTypeRow, type Polarity } from '../tables/clause-types.js';
import type { SentencePolarity } from '../tables/sentence-polarity.js';
import { readSentences } from './sentence-reader.js';

const AS_CLAUSE: Partial<Record<SentencePolarity, Polarity>> = {
  grant: 'grant',
  insurer_duty: 'grant',
  carve_back: 'restriction',
  restriction: 'restriction',
  insurer_right: 'restriction',
  insured_duty: 'obligation',
};

export function clausePolarity(type: ClauseType, texts: { a: string; b: string }): Polarity {
  const own = clauseTypeRow(type).polarity;
  if (type === 'definition' || type === 'heading') return own;
  const read = new Set<Polarity>();
  for (const text of [texts.a, texts.b]) {
    for (const s of readSentences(text)) {
      const p = s.polarity ? AS_CLAUSE[s.polarity] : undefined;
      if (p) read.add(p);
    }
  }
  return read.size === 1 && !read.has(own) ? [...read][0] : own;
}
