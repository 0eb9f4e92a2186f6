/**
 * Segment "Definitions Extraction": the defined terms of one policy, their definitions (including
 * continuation clauses such as lettered sub-items), their scope, and the clauses that use them.
 * Layout does not always cut a definitions list where its terms start: one clause may hold two
 * definitions (split by glued-definitions.ts), a term may wrap onto the next line, and bold
 * defined words inside a definition ("Contents doesn't mean the following:", a list entry
 * "Vehicles or craft") are more of the open definition, not new terms. Definitions printed as a
 * two-column term table, with or without bold, are read by position (term-table.ts).
 */
import type { DefinedTerm, DefinitionsResult, LayoutClause, LayoutDocument } from '../types.js';
import { definitionsHeadingIndex, definitionsScope, isDefinitionsHeading } from './definitions-heading.js';
import { normaliseText } from './normalise-text.js';
import { splitGluedDefinitions } from './glued-definitions.js';
import { cleanTerm, isPlausibleTerm, opensWording, parseDefinitionStart, splitTermVariants, stripLeader, type DefinitionStart } from './parse-definition-start.js';
import { termKey } from './term-key.js';
import { embeddedTermCell, findTermTables, gluedRowStarts, isColumnHeader, tableDefinitionStart, type TermTable } from './term-table.js';
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

/** Key of the definitions list a clause belongs to, or null outside one (or for its own heading). */
function definitionsSectionKey(clause: LayoutClause): string | null {
  const defIndex = definitionsHeadingIndex(clause.headingPath);
  if (defIndex < 0 || (clause.kind === 'heading' && isDefinitionsHeading(normaliseText(clause.text)))) return null;
  return clause.headingPath.slice(0, defIndex + 1).join('\u0000');
}

/** Cuts text where glued table rows start; the first piece is what precedes them. */
function splitAt(text: string, starts: number[]): string[] {
  if (starts.length === 0) return [text];
  const out = [text.slice(0, starts[0]).trim()];
  starts.forEach((at, k) => out.push(text.slice(at, starts[k + 1] ?? text.length).trim()));
  return out.filter((t) => t.length > 0);
}

/** Whether a term-column clause opens a row of a term table: a term heading, a labelled row or a term cell. */
function opensTableRow(clause: LayoutClause): boolean {
  const text = normaliseText(clause.text);
  if (clause.kind === 'table_row') return !!clause.label;
  if (clause.kind === 'heading') {
    const term = cleanTerm(stripLeader(text));
    return term.split(/\s+/).length <= 6 && isPlausibleTerm(term);
  }
  return parseDefinitionStart(text, { inDefinitionsSection: true, bold: clause.bold, boldSpans: clause.boldSpans }) !== null || tableDefinitionStart(text) !== null;
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
    // A colon left over from the term's line ("First Heart Attack: :") is not wording.
    const definition = open.parts.join(' ').replace(/\s+/g, ' ').replace(/^[\s:–-]+/, '').trim().slice(0, MAX_DEFINITION_CHARS);
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

  /** The open definition's wording so far announces a list ("… does not include:") with no item yet. */
  const awaitsListItem = (): boolean => !!open && open.parts.length > 0 && /:\s*$/.test(open.parts[open.parts.length - 1]);
  /** The open definition has no wording yet (a term heading, or a term followed by a bare colon). */
  const awaitsWording = (): boolean => !!open && open.parts.join('').replace(/[\s:–-]/g, '').length === 0;
  const order = new Map(layout.clauses.map((c, i) => [c.id, i]));
  const tables = findTermTables(layout.clauses, definitionsSectionKey);
  const loweredTexts = layout.clauses.map((c) => ` ${normaliseText(c.text).toLowerCase()} `);
  /** Clauses other than `ownId` that contain the phrase as words. */
  const countUses = (phrase: string, ownId: string): number => {
    const needle = phrase.toLowerCase();
    let n = 0;
    layout.clauses.forEach((c, k) => {
      if (c.id === ownId) return;
      const at = loweredTexts[k].indexOf(needle);
      if (at > 0 && !/[\p{L}\p{N}]/u.test(loweredTexts[k][at - 1]) && !/[\p{L}\p{N}]/u.test(loweredTexts[k][at + needle.length] ?? ' ')) n += 1;
    });
    return n;
  };
  const continueOpen = (clause: LayoutClause, text: string): void => {
    open!.parts.push(text);
    if (!open!.continuationIds.includes(clause.id) && open!.clause.id !== clause.id) open!.continuationIds.push(clause.id);
  };

  /**
   * A wording line printed above the term cell it belongs to (the term is centred beside its
   * wording): set aside, then put before the definition the next clause opens.
   */
  let held: { clause: LayoutClause; text: string; forId: string } | null = null;
  const placeHeld = (): void => {
    if (!held) return;
    if (open && open.clause.id === held.forId) {
      open.parts.unshift(held.text);
      open.continuationIds.push(held.clause.id);
    } else if (open) continueOpen(held.clause, held.text);
    held = null;
  };

  for (const [index, clause] of layout.clauses.entries()) {
    if (held && held.forId !== clause.id) placeHeld();
    const text = normaliseText(clause.text);
    const defIndex = definitionsHeadingIndex(clause.headingPath);
    const isOwnDefinitionsHeading = clause.kind === 'heading' && isDefinitionsHeading(text);
    const inDefinitions = defIndex >= 0 && !isOwnDefinitionsHeading;
    const sectionKey: string = definitionsSectionKey(clause) ?? `inline:${clause.id}`;
    const listScope = inDefinitions ? definitionsScope(clause.headingPath, defIndex) : null;

    if (clause.kind === 'heading') {
      // A term table's column header repeated at the top of each page does not end the open row.
      if (open && isColumnHeader(text) && open.sectionKey === clause.headingPath.join('\u0000')) continue;
      // A heading set in a term table's wording column is part of the open definition.
      const headingTable = inDefinitions ? tables.get(sectionKey) : undefined;
      if (headingTable && headingTable.inRightColumn(clause) && open && open.sectionKey === sectionKey) {
        continueOpen(clause, text);
        continue;
      }
      // Some layouts promote a bold term to a sub-heading of the definitions list.
      const termOnly = cleanTerm(stripLeader(text));
      const plausible = inDefinitions && termOnly.split(/\s+/).length <= 6 && !/[.;]$/.test(termOnly) && isPlausibleTerm(termOnly);
      // A bold defined term printed as the first entry of a list the open definition announces
      // ("The following items are not included in this definition:" / "Vehicles or craft") is
      // that entry, not the next term of the list; "Cancer of specified severity:" with its own
      // colon is a term.
      if (plausible && !/[:–]\s*$/.test(text) && open && open.sectionKey === sectionKey && awaitsListItem()) {
        continueOpen(clause, text);
        continue;
      }
      close();
      if (plausible) {
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

    const table: TermTable | undefined = inDefinitions ? tables.get(sectionKey) : undefined;
    // In a term table, what starts in the wording column is more of the open definition: its
    // further lines, its sub-items ("1. Under … cover, it means:"), a list of areas.
    if (table && table.inRightColumn(clause) && open && open.sectionKey === sectionKey) {
      const next = layout.clauses[index + 1];
      const last = open.parts[open.parts.length - 1] ?? '';
      if (
        next &&
        /[.;]["')]?$/.test(last) &&
        !/[.;:!?]["')]?$/.test(text) &&
        definitionsSectionKey(next) === sectionKey &&
        table.inTermColumn(next) &&
        opensTableRow(next)
      ) {
        held = { clause, text, forId: next.id };
        continue;
      }
      continueOpen(clause, text);
      continue;
    }
    const termCell = table !== undefined && table.inTermColumn(clause) && !clause.bold;
    const context = { inDefinitionsSection: inDefinitions, bold: clause.bold, boldSpans: clause.boldSpans };
    const startOf = (t: string): DefinitionStart | null => parseDefinitionStart(t, context) ?? (termCell ? tableDefinitionStart(t) : null);
    let whole = startOf(text);
    if (!whole && termCell && table.opensWithWording(text)) {
      // The term cell sits beside the middle of a wording that starts on the line above it.
      const cell = embeddedTermCell(text, (phrase) => countUses(phrase, clause.id));
      if (cell) whole = { term: cell.term, definition: cell.definition, style: 'table', scopeHint: null };
    }
    const ownTerm = whole?.term ?? open?.start.term ?? null;
    const glued = whole || open ? splitGluedDefinitions(text, { ...context, ownTermKey: ownTerm ? termKey(ownTerm) : null }) : [{ text, boldTerm: null }];
    // Rows of a term table glued after a sentence ("… schedule. Insured person The person …").
    const segments = termCell
      ? glued.flatMap((segment) =>
          segment.boldTerm ? [segment] : splitAt(segment.text, gluedRowStarts(segment.text)).map((piece) => ({ text: piece, boldTerm: null as string | null })),
        )
      : glued;
    segments.forEach((segment, k) => {
      if (k === 0) {
        readClauseStart(clause, segment.text, segment.text === text ? whole : startOf(segment.text), inDefinitions, sectionKey, listScope);
        return;
      }
      // A further definition glued into the same clause.
      const start =
        parseDefinitionStart(segment.text, { ...context, boldSpans: segment.boldTerm ? [segment.boldTerm] : clause.boldSpans }) ??
        (termCell && !segment.boldTerm ? tableDefinitionStart(segment.text, true) : null);
      if (!start) {
        if (open) continueOpen(clause, segment.text);
        return;
      }
      close();
      open = {
        start,
        clause,
        scope: inDefinitions ? (listScope ?? 'policy') : sectionScopeOf(clause),
        sectionKey,
        parts: start.definition ? [start.definition] : [],
        continuationIds: [],
        inline: !inDefinitions,
      };
    });
  }

  function readClauseStart(
    clause: LayoutClause,
    text: string,
    start: DefinitionStart | null,
    inDefinitions: boolean,
    sectionKey: string,
    listScope: string | null,
  ): void {
    const sameList = !!open && open.sectionKey === sectionKey;
    if (start) {
      // A term-only heading waiting for its text takes a clause that is plainly prose, not a new
      // term: "Your policy booklet … which includes any endorsement(s)." under "Policy".
      const prose = (start.style === 'bold_list' && start.definition === '') || (start.scopeHint === null && (start.style === 'other' || start.style === 'refers_to'));
      if (open && awaitsWording() && prose && !clause.bold) {
        continueOpen(clause, text);
        return;
      }
      if (open && sameList && !open.inline) {
        const restated = termKey(start.term) === termKey(open.start.term);
        // "Contents doesn't mean the following:" / "Outbuildings are not:" go on defining the
        // open term; a bold term as the first entry of a list the definition announces is an entry.
        if (restated || (awaitsListItem() && start.style === 'bold_list' && (start.definition === '' || start.unmarked))) {
          continueOpen(clause, text);
          return;
        }
        // A bold run followed by lower-case words is not a term opening its wording. In a list
        // item it is an entry of the open definition ("Valuables within the home up to 33% …"
        // under Contents).
        if (start.unmarked && !opensWording(start.definition) && clause.kind === 'list_item') {
          continueOpen(clause, text);
          return;
        }
        // Right after a term's first line that stops mid-sentence, it is the second line of the
        // wrapped term ("Accidental Sudden, … breakage that" / "Breakage can be seen."), unless
        // the list defined it already.
        const previous = layout.clauses[(order.get(clause.id) ?? 0) - 1];
        const last = open.parts[open.parts.length - 1] ?? '';
        const definedEarlier = pending.some((p) => p.key === termKey(start.term) && p.scope === open!.scope);
        if (
          start.unmarked &&
          !opensWording(start.definition) &&
          clause.kind === 'paragraph' &&
          !definedEarlier &&
          open.continuationIds.length === 0 &&
          previous?.id === open.clause.id &&
          last.length > 0 &&
          !/[.;:!?]["')]?$/.test(last)
        ) {
          open.start = { ...open.start, term: `${open.start.term} ${start.term}` };
          continueOpen(clause, start.definition);
          return;
        }
        // "money;" is an entry of the open definition's list, printed in bold as a defined word.
        if (start.unmarked && /^[;,.]+$/.test(start.definition.trim())) {
          continueOpen(clause, text);
          return;
        }
      }
      if (start.unmarked && !opensWording(start.definition) && !sameList) {
        // A defined word opening a sentence ("We use some words with special meanings …")
        // before any definition of the list: not a definition.
        close();
        return;
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
      return;
    }

    if (open && !open.inline && inDefinitions && sameList) {
      continueOpen(clause, text);
      return;
    }
    if (open && open.inline && clause.kind === 'list_item' && /[:–]\s*$/.test(open.parts.join(' ') || ':')) {
      continueOpen(clause, text);
      return;
    }
    close();
  }
  placeHeld();
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
