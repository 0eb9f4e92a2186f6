/**
 * Runs a rule's example (rule-entry.ts) through the analysis the way a comparison would: each side
 * becomes a small document whose definitions, clause types and DNA are read by the real stages
 * (a clause type the example names replaces the classifier's), the two are aligned and their
 * deltas interpreted. What comes back is every rule the result names, so the registry's test can
 * check that a rule fires on its own examples and on nothing it must not fire on.
 */
import type { Change, ClauseType } from '@policydiff/contracts';
import { alignClauses } from '../../alignment/index.js';
import { classifyClauses } from '../../classification/index.js';
import { extractDefinitions } from '../../definitions/index.js';
import { extractDna } from '../../dna/index.js';
import type { AnalyzedDocument, LayoutClause, LayoutDocument } from '../../types.js';
import { interpretDeltas } from '../interpret-deltas.js';
import type { ExampleClause, ExampleSide, RuleExample } from './rule-entry.js';

function clausesOf(side: ExampleSide): readonly ExampleClause[] {
  if (side === null) return [];
  if (typeof side === 'string') return [{ text: side }];
  return isList(side) ? side : [side];
}

const isList = (side: ExampleClause | readonly ExampleClause[]): side is readonly ExampleClause[] => Array.isArray(side);

/** A one-page document of the example's clauses, in order, each a paragraph (or a heading). */
export function exampleDocument(side: ExampleSide, defaultType?: ClauseType): AnalyzedDocument {
  const specs = clausesOf(side);
  let heading: string | null = null;
  const clauses: LayoutClause[] = specs.map((spec, index) => {
    const isHeading = spec.asHeading === true;
    if (isHeading) heading = spec.text;
    const own = spec.heading ?? spec.headingPath?.at(-1) ?? heading;
    return {
      id: `c${String(index + 1).padStart(4, '0')}`,
      kind: isHeading ? 'heading' : spec.asListItem ? 'list_item' : 'paragraph',
      number: null,
      section: null,
      heading: own,
      headingPath: spec.headingPath ? [...spec.headingPath] : own ? [own] : [],
      level: 0,
      text: spec.text,
      pageStart: 1,
      pageEnd: 1,
      bboxes: [{ page: 1, x0: 50, y0: 60 + index * 40, x1: 550, y1: 90 + index * 40 }],
      fontSize: isHeading ? 14 : 10,
      bold: isHeading,
    };
  });
  const layout: LayoutDocument = {
    pageCount: 1,
    pages: [{ number: 1, width: 595, height: 842 }],
    clauses,
    tocPages: [],
    removedFurniture: [],
    warnings: [],
    title: null,
    stats: { textItems: 0, lines: clauses.length, characters: clauses.reduce((n, c) => n + c.text.length, 0) },
  };
  const definitions = extractDefinitions(layout);
  const classification = classifyClauses(layout, definitions);
  classification.clauses = classification.clauses.map((c, index) => {
    const type = specs[index]?.asHeading ? 'heading' : (specs[index]?.type ?? defaultType);
    return type ? { ...c, type, reasons: [...c.reasons, 'type given by the example'] } : c;
  });
  const dna = extractDna(layout, definitions, classification);
  return { layout, definitions, classification, dna };
}

export interface ExampleRun {
  changes: Change[];
  /** Every rule the changes and their deltas name. */
  fired: Set<string>;
}

export function runExample(example: RuleExample): ExampleRun {
  const a = exampleDocument(example.a, example.type);
  const b = exampleDocument(example.b, example.type);
  const { changes } = interpretDeltas(a, b, alignClauses(a, b));
  const fired = new Set<string>();
  for (const change of changes) {
    for (const rule of change.rules) fired.add(rule);
    for (const delta of change.deltas) fired.add(delta.rule);
  }
  return { changes, fired };
}
