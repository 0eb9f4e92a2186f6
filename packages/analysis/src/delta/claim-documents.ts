/**
 * A list of documents the insured must send with a claim: each document or qualifier added
 * ("and address proof", "numbered bills from a licensed pharmacy") is one more way to fail to
 * register a claim (narrower), each dropped one broader (DOMAIN.md §3 claims_procedure: more
 * documents N [C:S9-36]). Read from the word diff of a claims clause that names documents.
 */
import type { Delta } from '@policydiff/contracts';
import { because } from './rules/because.js';
import { hunksOf } from './scope-breadth.js';
import { clip, sentenceContaining } from './sentences.js';
import { diffWords } from './word-diff.js';

const DOCUMENT = /\b(?:documents?|cop(?:y|ies)|originals?|proofs?|certificates?|reports?|bills?|receipts?|invoices?|prescriptions?|summar(?:y|ies)|papers?|notes|sheets?|letters?|forms?|statements?|photo ?id|identity|evidence|photographs?|records?|registers?|confirmation|valuations?|quotations?|estimates?|FIR)\b/i;
const STRICTER = /\b(?:numbered|original|certified|attested|self-attested|licensed|registered|signed|stamped|notari[sz]ed|duly)\b/i;

/** The document nouns and strictness qualifiers a stretch of text names, lower-cased and singular. */
function documentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const pattern of [DOCUMENT, STRICTER]) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) out.add(m[0].toLowerCase().replace(/(?:ies|s)$/, ''));
  }
  return out;
}

/** Whether the clause is a list of documents the insured supplies for a claim. */
export function isDocumentList(text: string, heading: string | null, leadIn: string | null = null): boolean {
  const around = `${heading ?? ''} ${leadIn ?? ''} ${text}`;
  return /\b(?:documents?|submit|submission|provide|send us|furnish|claims?)\b/i.test(around) && DOCUMENT.test(text);
}

export function claimDocumentDelta(texts: { a: string; b: string }): Delta | null {
  let added: string[] = [];
  let dropped: string[] = [];
  for (const hunk of hunksOf(diffWords(texts.a, texts.b))) {
    // The document words each side of the edit names that the other does not ("bills," →
    // "numbered bills/" gains "numbered").
    const inserted = documentWords(hunk.inserted);
    const deleted = documentWords(hunk.deleted);
    const gains = [...inserted].some((w) => !deleted.has(w));
    const loses = [...deleted].some((w) => !inserted.has(w));
    if (gains && !loses) added.push(hunk.inserted.trim());
    else if (loses && !gains) dropped.push(hunk.deleted.trim());
  }
  added = added.filter((t) => t.length > 0);
  dropped = dropped.filter((t) => t.length > 0);
  if (added.length === 0 && dropped.length === 0) return null;
  const direction = added.length > 0 && dropped.length > 0 ? 'ambiguous' : added.length > 0 ? 'narrower' : 'broader';
  return {
    type: 'burden_shift_change',
    direction,
    description:
      added.length > 0 && dropped.length === 0
        ? `The documents the insured must provide now also ask for "${clip(added.join(' … '), 120)}".`
        : dropped.length > 0 && added.length === 0
          ? `The documents the insured must provide no longer ask for "${clip(dropped.join(' … '), 120)}".`
          : `The documents the insured must provide change ("${clip(dropped.join(' … '), 60)}" → "${clip(added.join(' … '), 60)}").`,
    from: dropped.length > 0 ? clip(dropped.join(' … '), 200) : null,
    to: added.length > 0 ? clip(added.join(' … '), 200) : null,
    evidence: { a_quote: dropped.length > 0 ? sentenceContaining(texts.a, dropped[0]) : null, b_quote: added.length > 0 ? sentenceContaining(texts.b, added[0]) : null },
    rule: 'burden.claim-documents',
    role: null,
    polarity: 'insured_duty',
    why: because(
      direction === 'narrower' ? 'more documents (or stricter ones) to register a claim' : direction === 'broader' ? 'fewer documents to register a claim' : 'documents to register a claim both added and dropped',
      direction,
    ),
  };
}
