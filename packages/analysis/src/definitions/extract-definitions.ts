/**
 * Segment "Definitions Extraction": the defined terms of one policy, their definitions (including
 * continuation clauses such as lettered sub-items), their scope, and the clauses that use them.
 */
import type { DefinedTerm, DefinitionsResult, LayoutClause, LayoutDocument } from '../types.js';
import { definitionsHeadingIndex, definitionsScope, isDefinitionsHeading } from './definitions-heading.js';
import { normaliseText } from './normalise-text.js';
import { cleanTerm, isPlausibleTerm, parseDefinitionStart, splitTermVariants, stripLeader, type DefinitionStart } from './parse-definition-start.js';
import { termKey } from './term-key.js';
import { findTermOccurrences, type TermPattern } from './term-usage-index.js';

/** Above this share of capitalised mid-sentence usages the policy is taken to capitalise its terms. */
const CAPITALISED_POLICY_RATIO = 0.6;
/** Definitions are cut here so a runaway continuation cannot swallow a whole section. */
const MAX_DEFINITION_CHARS = 4000;

interface OpenDefinition {
  start: DefinitionStart;
  clause: LayoutClause;
  scope: string;
  /** Identifies the definitions list (or the clause, for an inline definition) it belongs to. */
  sectionKey: string;
  parts: string[];
  continuationIds: string[];
  /** Inline definitions only continue into list items after a colon ("Terrorism means:"). */
  inline: boolean;
}

interface PendingTerm {
  term: string;
  key: string;
  definition: string;
  clauseId: string;
  page: number;
  scope: string;
  style: DefinedTerm['style'];
  ownClauseIds: Set<string>;
}

function sectionScopeOf(clause: LayoutClause): string {
  return clause.heading && clause.kind !== 'heading' ? clause.heading : 'policy';
}

export function extractDefinitions(layout: LayoutDocument): DefinitionsResult {
  const warnings: string[] = [];
  const pending: PendingTerm[] = [];
  let open: OpenDefinition | null = null;

  const close = (): void => {
    if (!open) return;
    const definition = open.parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, MAX_DEFINITION_CHARS);
    const own = new Set([open.clause.id, ...open.continuationIds]);
    for (const variant of splitTermVariants(open.start.term)) {
      pending.push({
        term: variant,
        key: termKey(variant),
        definition,
        clauseId: open.clause.id,
        page: open.clause.pageStart,
        scope: open.scope,
        style: open.start.style,
        ownClauseIds: own,
      });
    }
    open = null;
  };

  for (const clause of layout.clauses) {
    const text = normaliseText(clause.text);
    const defIndex = definitionsHeadingIndex(clause.headingPath);
    const isOwnDefinitionsHeading = clause.kind === 'heading' && isDefinitionsHeading(text);
    const inDefinitions = defIndex >= 0 && !isOwnDefinitionsHeading;
    const sectionKey = inDefinitions ? clause.headingPath.slice(0, defIndex + 1).join('\u0000') : `inline:${clause.id}`;
    const listScope = inDefinitions ? definitionsScope(clause.headingPath, defIndex) : null;

    if (clause.kind === 'heading') {
      close();
      // Some layouts promote a bold term to a sub-heading of the definitions list.
      const termOnly = cleanTerm(stripLeader(text));
      if (inDefinitions && termOnly.split(/\s+/).length <= 6 && !/[.;]$/.test(termOnly) && isPlausibleTerm(termOnly)) {
        open = {
          start: { term: termOnly, definition: '', style: 'bold_list', scopeHint: null },
          clause,
          scope: listScope ?? 'policy',
          sectionKey,
          parts: [],
          continuationIds: [],
          inline: false,
        };
      }
      continue;
    }

    if (open && inDefinitions && open.sectionKey !== sectionKey && !(open.parts.length === 0 && clause.headingPath.includes(open.start.term))) close();

    if (clause.kind === 'table_row' && inDefinitions && clause.label && isPlausibleTerm(normaliseText(clause.label))) {
      close();
      open = {
        start: { term: normaliseText(clause.label), definition: normaliseText(clause.value ?? ''), style: 'table', scopeHint: null },
        clause,
        scope: listScope ?? 'policy',
        sectionKey,
        parts: [normaliseText(clause.value ?? text.slice(clause.label.length))],
        continuationIds: [],
        inline: false,
      };
      continue;
    }

    const start = parseDefinitionStart(text, { inDefinitionsSection: inDefinitions, bold: clause.bold, boldSpans: clause.boldSpans });
    if (start) {
      // A term-only heading waiting for its text takes a clause that is plainly prose, not a new term.
      if (open && open.parts.length === 0 && start.style === 'bold_list' && start.definition === '' && !clause.bold) {
        open.parts.push(text);
        open.continuationIds.push(clause.id);
        continue;
      }
      close();
      const scope = inDefinitions
        ? (listScope ?? 'policy')
        : start.scopeHint === 'policy'
          ? 'policy'
          : sectionScopeOf(clause);
      open = {
        start,
        clause,
        scope,
        sectionKey,
        parts: start.definition ? [start.definition] : [],
        continuationIds: [],
        inline: !inDefinitions,
      };
      continue;
    }

    if (open && !open.inline && inDefinitions && open.sectionKey === sectionKey) {
      open.parts.push(text);
      open.continuationIds.push(clause.id);
      continue;
    }
    if (open && open.inline && clause.kind === 'list_item' && /[:–]\s*$/.test(open.parts.join(' ') || ':')) {
      open.parts.push(text);
      open.continuationIds.push(clause.id);
      continue;
    }
    close();
  }
  close();

  const terms = dedupe(pending, warnings);
  assignUsages(layout, terms);
  return {
    terms: terms.map(({ ownClauseIds: _own, ...term }) => term),
    warnings,
  };
}

function dedupe(pending: PendingTerm[], warnings: string[]): (PendingTerm & { usedIn: string[] })[] {
  const seen = new Map<string, PendingTerm>();
  const out: (PendingTerm & { usedIn: string[] })[] = [];
  for (const term of pending) {
    if (term.key.length === 0) continue;
    if (term.definition.length === 0) {
      warnings.push(`definition of '${term.term}' (clause ${term.clauseId}) has no text`);
    }
    const id = `${term.scope}\u0000${term.key}`;
    const earlier = seen.get(id);
    if (earlier) {
      warnings.push(`'${term.term}' is defined twice in scope '${term.scope}' (clauses ${earlier.clauseId}, ${term.clauseId}); the first is kept`);
      continue;
    }
    seen.set(id, term);
    out.push({ ...term, usedIn: [] });
  }
  return out;
}

/**
 * Fills usedIn. When the policy writes its defined terms with capitals (Flood, Your Home), only
 * capitalised usages count, so ordinary words ("a flood of enquiries") are not mistaken for the term.
 */
function assignUsages(layout: LayoutDocument, terms: (PendingTerm & { usedIn: string[] })[]): void {
  if (terms.length === 0) return;
  const patterns: TermPattern[] = terms.map((t, termIndex) => ({ termIndex, keys: t.key.split(' ') }));
  const texts = layout.clauses.map((c) => c.text);
  const occurrences = findTermOccurrences(texts, patterns);

  let midSentence = 0;
  let capitalisedMid = 0;
  for (const o of occurrences) {
    if (o.sentenceStart) continue;
    midSentence++;
    if (o.capitalised) capitalisedMid++;
  }
  const termsAreCapitalised = midSentence > 0 && capitalisedMid / midSentence >= CAPITALISED_POLICY_RATIO;

  const used = terms.map(() => new Set<string>());
  for (const o of occurrences) {
    const term = terms[o.termIndex];
    const clause = layout.clauses[o.clauseIndex];
    if (term.ownClauseIds.has(clause.id)) continue;
    if (termsAreCapitalised && !o.capitalised && /^\p{Lu}/u.test(term.term)) continue;
    used[o.termIndex].add(clause.id);
  }
  const order = new Map(layout.clauses.map((c, i) => [c.id, i]));
  terms.forEach((term, i) => {
    term.usedIn = [...used[i]].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  });
}
