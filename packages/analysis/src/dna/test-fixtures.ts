/**
 * A tiny builder of LayoutDocument literals for unit tests of the definitions, classification and DNA
 * stages. It keeps the heading stack the way the layout stage does, so tests read like a policy outline.
 */
import type { BlockKind, LayoutClause, LayoutDocument } from '../types.js';

export interface ClauseSpec {
  kind?: BlockKind;
  text: string;
  /** Heading depth (1 = top); only for headings. */
  level?: number;
  number?: string | null;
  page?: number;
  bold?: boolean;
  boldSpans?: string[];
  label?: string;
  value?: string;
}

/** A heading at `level` (1 = outermost); it replaces any heading at the same or a deeper level. */
export function heading(text: string, level = 1, extra: Partial<ClauseSpec> = {}): ClauseSpec {
  return { kind: 'heading', text, level, bold: true, ...extra };
}

export function para(text: string, extra: Partial<ClauseSpec> = {}): ClauseSpec {
  return { kind: 'paragraph', text, ...extra };
}

export function item(text: string, extra: Partial<ClauseSpec> = {}): ClauseSpec {
  return { kind: 'list_item', text, ...extra };
}

export function row(label: string, value: string, extra: Partial<ClauseSpec> = {}): ClauseSpec {
  return { kind: 'table_row', text: `${label} ${value}`, label, value, ...extra };
}

/** Builds a LayoutDocument; clause ids are c0001… in order, pages default to 1. */
export function buildLayout(specs: ClauseSpec[], title: string | null = 'Test policy'): LayoutDocument {
  const stack: { level: number; text: string }[] = [];
  const clauses: LayoutClause[] = specs.map((spec, index) => {
    const kind = spec.kind ?? 'paragraph';
    if (kind === 'heading') {
      const level = spec.level ?? 1;
      while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, text: spec.text });
    }
    const headingPath = stack.map((h) => h.text);
    const page = spec.page ?? 1;
    return {
      id: `c${String(index + 1).padStart(4, '0')}`,
      kind,
      number: spec.number ?? null,
      section: spec.number ?? null,
      heading: headingPath.length > 0 ? headingPath[headingPath.length - 1] : null,
      headingPath,
      level: Math.max(0, stack.length - 1),
      text: spec.text,
      ...(spec.label !== undefined ? { label: spec.label } : {}),
      ...(spec.value !== undefined ? { value: spec.value } : {}),
      pageStart: page,
      pageEnd: page,
      bboxes: [{ page, x0: 50, y0: 50 + index * 12, x1: 500, y1: 60 + index * 12 }],
      fontSize: kind === 'heading' ? 14 : 10,
      bold: spec.bold ?? false,
      ...(spec.boldSpans !== undefined ? { boldSpans: spec.boldSpans } : {}),
    };
  });
  const pageCount = Math.max(1, ...clauses.map((c) => c.pageEnd));
  return {
    pageCount,
    pages: Array.from({ length: pageCount }, (_, i) => ({ number: i + 1, width: 595, height: 842 })),
    clauses,
    tocPages: [],
    removedFurniture: [],
    warnings: [],
    title,
    stats: { textItems: clauses.length, lines: clauses.length, characters: clauses.reduce((n, c) => n + c.text.length, 0) },
  };
}
