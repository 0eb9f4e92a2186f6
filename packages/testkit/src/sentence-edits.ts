/**
 * Edits inside a clause's wording: a whole sentence of one polarity added or dropped (DOMAIN.md
 * §2), an authored rewrite (a refund basis, a vague deadline made fixed, a deductible basis, a
 * restatement with the same meaning), a definition restated, and a claim document asked for.
 */
import { SENTENCE_EDITS, type SentenceEditKind } from './edit-kinds.js';
import { clauseLocations, isMaterial, type EditContext, type EditResult } from './edit-context.js';
import { parseInlineFigures } from './policy-library.js';
import type { ExpectedDirection, ExpectedMateriality, PolicyClause, RewriteKey } from './policy-model.js';
import { fillTemplate } from './policy-text.js';
import { SENTENCE_POLARITIES } from './sentence-polarities.js';

/** Adds or drops one authored sentence of the kind's polarity. */
export function sentenceEdit(context: EditContext, kind: SentenceEditKind): EditResult {
  const { policy, random, touched } = context;
  const { polarity, added } = SENTENCE_EDITS[kind];
  const spec = SENTENCE_POLARITIES[polarity];
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    if (touched.has(clause.id)) continue;
    const pool = added ? clause.variants.additions : clause.variants.sentences;
    const candidates = (pool ?? []).filter((s) => s.polarity === polarity && (added ? clause.text.endsWith('.') : clause.text.includes(s.text)));
    if (candidates.length === 0) continue;
    const sentence = random.pick(candidates);
    const printed = added ? fillTemplate(parseInlineFigures(sentence.text).text, parseInlineFigures(sentence.text).figures, policy.currency) : fillTemplate(sentence.text, clause.figures, policy.currency);
    if (added) {
      const parsed = parseInlineFigures(sentence.text, clause.figures.length);
      clause.text = `${clause.text}${parsed.text}`;
      clause.figures.push(...parsed.figures);
      clause.variants.additions = pool!.filter((s) => s !== sentence);
    } else {
      clause.text = clause.text.replace(sentence.text, '');
      clause.variants.sentences = pool!.filter((s) => s !== sentence);
    }
    touched.add(clause.id);
    const level = sentence.materiality ?? spec.materiality;
    return {
      unitId: clause.id,
      expectedStatus: 'modified',
      expectedDirection: added ? spec.added : spec.removed,
      material: isMaterial(level),
      expectedMateriality: level,
      from: null,
      to: null,
      unit: null,
      description: `${kind}: ${spec.row} sentence ${added ? 'added to' : 'dropped from'} ${/^[aeiou]/.test(clause.role) ? 'an' : 'a'} ${clause.role} clause in ${section.title}: "${printed.trim()}"`,
    };
  }
  return null;
}

/** What each authored rewrite means for the insured, from DOMAIN.md §1 and §6. */
const REWRITES: Record<RewriteKey, { direction: ExpectedDirection; materiality: ExpectedMateriality; what: string }> = {
  // §1 cancellation refund scale: table → pro rata is broader [C:S9-21]; §6 lists it as medium.
  refund_pro_rata: { direction: 'broader', materiality: 'medium', what: 'cancellation refund: short-period scale -> pro rata' },
  refund_short_period: { direction: 'narrower', materiality: 'medium', what: 'cancellation refund: pro rata -> short-period scale' },
  // §1 insured's notification deadline: vague -> fixed is ambiguous.
  vague_to_fixed: { direction: 'ambiguous', materiality: 'medium', what: "insured's notification deadline: vague -> fixed" },
  // §1 aggregate deductible: per claim <-> per year is ambiguous.
  deductible_basis: { direction: 'ambiguous', materiality: 'medium', what: 'deductible: per claim <-> per period' },
  // §4/§6: the same meaning in other words.
  restate: { direction: 'neutral', materiality: 'wording_only', what: 'restated with the same meaning' },
};

function applyRewrite(clause: PolicyClause, key: RewriteKey): boolean {
  const variant = clause.variants.rewrites?.[key];
  if (!variant || !clause.text.includes(variant.from)) return false;
  const parsed = parseInlineFigures(variant.to, clause.figures.length);
  clause.text = clause.text.replace(variant.from, parsed.text);
  clause.figures.push(...parsed.figures);
  delete clause.variants.rewrites![key];
  return true;
}

export function rewriteEdit(context: EditContext, kind: string, key: RewriteKey): EditResult {
  const { policy, random, touched } = context;
  const meaning = REWRITES[key];
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    if (touched.has(clause.id) || !applyRewrite(clause, key)) continue;
    touched.add(clause.id);
    return {
      unitId: clause.id,
      expectedStatus: 'modified',
      expectedDirection: meaning.direction,
      material: isMaterial(meaning.materiality),
      expectedMateriality: meaning.materiality,
      from: null,
      to: null,
      unit: null,
      description: `${kind}: ${meaning.what} (${clause.role} clause in ${section.title})`,
    };
  }
  return null;
}

/** DOMAIN.md §4: a regulator-standard (or plain) rewording of a definition, no number changed, is wording only. */
export function definitionRestated(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  for (const definition of random.shuffle(policy.definitions)) {
    const variant = definition.variants.restate;
    if (touched.has(definition.id) || !variant || !definition.text.includes(variant.from)) continue;
    const parsed = parseInlineFigures(variant.to, definition.figures.length);
    definition.text = definition.text.replace(variant.from, parsed.text);
    definition.figures.push(...parsed.figures);
    delete definition.variants.restate;
    touched.add(definition.id);
    return {
      unitId: definition.id,
      expectedStatus: 'modified',
      expectedDirection: 'neutral',
      material: false,
      expectedMateriality: 'wording_only',
      from: null,
      to: null,
      unit: null,
      description: `definition_restated: "${definition.term}" reworded, no number changed`,
    };
  }
  return null;
}

/** DOMAIN.md §3 claims_procedure: more documents is narrower [C:S9-36]; §6: claim documents are low. */
export function claimDocumentAdded(context: EditContext): EditResult {
  const { policy, random, touched } = context;
  for (const { section, clause } of random.shuffle([...clauseLocations(policy)])) {
    const extra = clause.variants.extraItems ?? [];
    if (touched.has(clause.id) || extra.length === 0 || clause.items.length === 0) continue;
    const document = random.pick(extra);
    const parsed = parseInlineFigures(document);
    const id = `${clause.id}.i${clause.items.length + 1}`;
    if (touched.has(id)) continue;
    clause.items.push({ id, text: parsed.text, figures: parsed.figures });
    clause.variants.extraItems = extra.filter((e) => e !== document);
    touched.add(id);
    return {
      unitId: id,
      expectedStatus: 'added',
      expectedDirection: 'narrower',
      material: false,
      expectedMateriality: 'low',
      from: null,
      to: null,
      unit: null,
      description: `claim_document_added: "${document}" (claims list in ${section.title})`,
    };
  }
  return null;
}
