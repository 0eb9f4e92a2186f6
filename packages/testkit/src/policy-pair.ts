/**
 * The public entry point: a policy, its edited successor, both rendered to PDF, and the ground
 * truth a comparator is scored against (edits with quotes and pages, the full unit alignment,
 * and the schedule figures on both sides).
 */
import { LEGACY_EDIT_KINDS } from './edit-kinds.js';
import { applyEdits, type AppliedEdit, type EditKind } from './policy-edits.js';
import { generatePolicy, getInfoPages } from './policy-library.js';
import type { CurrencyCode, ExpectedDirection, ExpectedMateriality, ExpectedStatus, InfoPageKind, PolicyDocument, ProductKind, ScheduleRow } from './policy-model.js';
import { PRODUCT_KINDS } from './policy-model.js';
import { renderPolicyPdf, type RenderedPolicy, type RenderOptions } from './policy-render.js';
import { policyUnits, scheduleValueText, type PolicyUnit, type UnitKind } from './policy-text.js';
import { createRandom } from './random.js';

export interface PolicyPairOptions {
  seed: number;
  product?: ProductKind;
  /** Approximate page count: 10, 50 or 200 (any number ≥ 3 works; ≤ 6 builds a mini policy). */
  pages?: 10 | 50 | 200 | number;
  /** How many edits, or exactly which kinds. Default 8. */
  edits?: number | readonly EditKind[];
  /** The kinds a count of edits draws from (default all of EDIT_KINDS). */
  kinds?: readonly EditKind[];
  twoColumn?: boolean;
  hyphenate?: boolean;
  font?: RenderOptions['font'];
  /** The information pages policy A is bound with (those the market has); default a seeded few. */
  infoPages?: readonly InfoPageKind[];
}

export interface GeneratedPolicyFile {
  pdf: Uint8Array;
  fileName: string;
  /** Logical text: one printed unit per line, numbering included, no headers, footers or hyphens. */
  text: string;
  pageCount: number;
  policy: PolicyDocument;
}

/** One side of an edit as printed. Key phrases are verbatim in that side's text after collapsing whitespace. */
export interface EditSideTruth {
  unitId: string;
  /** "2.3", "2.3(a)", "Section 2", or null for definitions and schedule rows. */
  section: string | null;
  heading: string | null;
  page: number;
  keyPhrase: string;
  text: string;
}

export interface EditTruth {
  kind: EditKind;
  unitId: string;
  a: EditSideTruth | null;
  b: EditSideTruth | null;
  expectedStatus: ExpectedStatus;
  /** From the insured's side, from DOMAIN.md; "ambiguous" where the reference says it depends. */
  expectedDirection: ExpectedDirection;
  /** True when the change should be flagged high or medium (what the scorer counts as material). */
  material: boolean;
  /**
   * DOMAIN.md §6 level. Declared by every kind added for issue 13; absent on the first twenty
   * kinds whose level depends on the clause and was never graded. An analyser's "low" meets both
   * "low" and "wording_only".
   */
  expectedMateriality?: ExpectedMateriality;
  from: number | null;
  to: number | null;
  unit: string | null;
  description: string;
}

export interface AlignedUnitSide {
  number: string | null;
  section: string | null;
  page: number;
  text: string;
}

/** Which A unit corresponds to which B unit; the library id is the same on both sides. */
export interface AlignmentTruth {
  unitId: string;
  kind: UnitKind;
  status: 'matched' | 'moved' | 'added' | 'removed';
  /** True when the printed text differs (numbering aside). */
  textChanged: boolean;
  a: AlignedUnitSide | null;
  b: AlignedUnitSide | null;
}

export interface FigureValueTruth {
  value: number;
  /** Currency code for money, the unit for periods, "%" for percentages. */
  unit: string;
  text: string;
  page: number;
}

export interface KeyFigureTruth {
  unitId: string;
  label: string;
  category: ScheduleRow['category'];
  a: FigureValueTruth | null;
  b: FigureValueTruth | null;
}

export interface PairTruth {
  seed: number;
  product: ProductKind;
  pages: number;
  twoColumn: boolean;
  currency: CurrencyCode;
  edits: EditTruth[];
  alignment: AlignmentTruth[];
  keyFigures: KeyFigureTruth[];
}

export interface PolicyPair {
  a: GeneratedPolicyFile;
  b: GeneratedPolicyFile;
  truth: PairTruth;
}

export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function countOccurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Widens [start, end) to whole words plus `context` words either side. */
function wordWindow(text: string, start: number, end: number, context: number): string {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && text[s - 1] !== ' ') s--;
  while (e < text.length && text[e] !== ' ') e++;
  for (let k = 0; k < context; k++) {
    while (s > 0 && text[s - 1] === ' ') s--;
    while (s > 0 && text[s - 1] !== ' ') s--;
    while (e < text.length && text[e] === ' ') e++;
    while (e < text.length && text[e] !== ' ') e++;
  }
  return text.slice(s, e).trim();
}

/** The span where two versions differ: [start, end) in each, after the common prefix and suffix. */
function differingSpans(a: string, b: string): { a: [number, number]; b: [number, number] } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  return { a: [prefix, a.length - suffix], b: [prefix, b.length - suffix] };
}

/**
 * A quote that locates the change: the differing words with a few words of context, widened
 * until it occurs once in the document (or covers the whole unit).
 */
function keyPhrase(text: string, span: [number, number] | null, documentText: string): string {
  const [start, end] = span ?? [0, 0];
  let phrase = span ? wordWindow(text, start, end, 3) : wordWindow(text, 0, 0, 10);
  for (let context = 4; context <= 40 && countOccurrences(documentText, phrase) > 1; context += 2) {
    const next = span ? wordWindow(text, start, end, context) : wordWindow(text, 0, 0, context + 8);
    if (next === phrase) break;
    phrase = next;
  }
  return phrase;
}

/** The part of a unit a quote may come from: definitions in term-list style wrap the term separately. */
function quotableText(unit: PolicyUnit): string {
  return unit.kind === 'definition' && unit.lead ? unit.body : unit.text;
}

/** "Section 3 – Contents" and "Contents" are the same heading renumbered. */
function withoutSectionNumber(text: string): string {
  return text.replace(/^Section \d+ – /, '');
}

function headingOf(units: PolicyUnit[], index: number): string | null {
  for (let i = index; i >= 0; i--) if (units[i].kind === 'heading' && units[i].level === 1) return units[i].text;
  return null;
}

function fileNameFor(policy: PolicyDocument): string {
  const form = policy.formCode.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${policy.insurerCode.toLowerCase()}-${policy.product}-${form}.pdf`;
}

/** The successor edition: same form prefix, a year later. */
function nextEdition(policy: PolicyDocument): void {
  policy.formCode = policy.formCode.replace(/(\d{2})\/(\d{2})$/, (_m, month: string, year: string) => `${month}/${String((Number(year) + 1) % 100).padStart(2, '0')}`);
  policy.effectiveFrom = policy.effectiveFrom.replace(/(\d{4})$/, (year) => String(Number(year) + 1));
}

function figureTruth(row: ScheduleRow | undefined, policy: PolicyDocument, page: number): FigureValueTruth | null {
  if (!row || typeof row.value === 'string') return null;
  const unit = row.value.kind === 'money' ? policy.currency : row.value.kind === 'period' ? row.value.unit : '%';
  return { value: row.value.value, unit, text: scheduleValueText(row.value, policy.currency), page };
}

function buildTruth(
  options: Required<Pick<PolicyPairOptions, 'seed' | 'pages' | 'twoColumn'>> & { product: ProductKind },
  a: { policy: PolicyDocument; rendered: RenderedPolicy },
  b: { policy: PolicyDocument; rendered: RenderedPolicy },
  edits: AppliedEdit[],
): PairTruth {
  const unitsA = policyUnits(a.policy);
  const unitsB = policyUnits(b.policy);
  const indexA = new Map(unitsA.map((u, i) => [u.id, i]));
  const indexB = new Map(unitsB.map((u, i) => [u.id, i]));
  const textA = normaliseWhitespace(a.rendered.text);
  const textB = normaliseWhitespace(b.rendered.text);

  const side = (units: PolicyUnit[], index: number | undefined, rendered: RenderedPolicy, span: [number, number] | null, documentText: string): EditSideTruth | null => {
    if (index === undefined) return null;
    const unit = units[index];
    const quotable = quotableText(unit);
    return {
      unitId: unit.id,
      section: unit.section,
      heading: headingOf(units, index),
      page: rendered.placements.get(unit.id)?.pageStart ?? 0,
      keyPhrase: keyPhrase(quotable, span, documentText),
      text: unit.text,
    };
  };

  const editTruths: EditTruth[] = edits.map((edit) => {
    const ia = indexA.get(edit.unitId);
    const ib = indexB.get(edit.unitId);
    let spanA: [number, number] | null = null;
    let spanB: [number, number] | null = null;
    if (ia !== undefined && ib !== undefined) {
      const qa = quotableText(unitsA[ia]);
      const qb = quotableText(unitsB[ib]);
      if (qa !== qb) ({ a: spanA, b: spanB } = differingSpans(qa, qb));
    }
    return {
      kind: edit.kind,
      unitId: edit.unitId,
      a: side(unitsA, ia, a.rendered, spanA, textA),
      b: side(unitsB, ib, b.rendered, spanB, textB),
      expectedStatus: edit.expectedStatus,
      expectedDirection: edit.expectedDirection,
      material: edit.material,
      ...(edit.expectedMateriality ? { expectedMateriality: edit.expectedMateriality } : {}),
      from: edit.from,
      to: edit.to,
      unit: edit.unit,
      description: edit.description,
    };
  });

  const moved = new Set(edits.filter((e) => e.kind === 'clause_moved').map((e) => e.unitId));
  const alignment: AlignmentTruth[] = [];
  const describe = (unit: PolicyUnit, rendered: RenderedPolicy): AlignedUnitSide => ({
    number: unit.number,
    section: unit.section,
    page: rendered.placements.get(unit.id)?.pageStart ?? 0,
    text: unit.text,
  });
  const ownerOf = (id: string): string => id.replace(/\.i\d+$/, '');
  for (const unit of unitsA) {
    const ib = indexB.get(unit.id);
    const other = ib === undefined ? null : unitsB[ib];
    alignment.push({
      unitId: unit.id,
      kind: unit.kind,
      status: other === null ? 'removed' : moved.has(ownerOf(unit.id)) ? 'moved' : 'matched',
      textChanged: other !== null && withoutSectionNumber(other.body) !== withoutSectionNumber(unit.body),
      a: describe(unit, a.rendered),
      b: other ? describe(other, b.rendered) : null,
    });
  }
  for (const unit of unitsB) {
    if (!indexA.has(unit.id)) alignment.push({ unitId: unit.id, kind: unit.kind, status: 'added', textChanged: true, a: null, b: describe(unit, b.rendered) });
  }

  const rowsB = new Map(b.policy.schedule.map((row) => [row.id, row]));
  const keyFigures: KeyFigureTruth[] = a.policy.schedule
    .filter((row) => typeof row.value !== 'string')
    .map((row) => ({
      unitId: row.id,
      label: row.label,
      category: row.category,
      a: figureTruth(row, a.policy, a.rendered.placements.get(row.id)?.pageStart ?? 0),
      b: figureTruth(rowsB.get(row.id), b.policy, b.rendered.placements.get(row.id)?.pageStart ?? 0),
    }));

  return {
    seed: options.seed,
    product: options.product,
    pages: options.pages,
    twoColumn: options.twoColumn,
    currency: a.policy.currency,
    edits: editTruths,
    alignment,
    keyFigures,
  };
}

/**
 * A policy pair with known differences. Async because pdf-lib's save() is. Same options → the
 * same bytes.
 */
export async function generatePolicyPair(options: PolicyPairOptions): Promise<PolicyPair> {
  const random = createRandom(options.seed);
  const product = options.product ?? random.fork('product').pick(PRODUCT_KINDS);
  const pages = options.pages ?? 10;
  const twoColumn = options.twoColumn ?? false;
  const render: RenderOptions = {
    twoColumn,
    hyphenate: options.hyphenate ?? false,
    font: options.font ?? random.fork('font').pick(['helvetica', 'times'] as const),
  };

  const policyA = generatePolicy(options.seed, product, pages);
  if (options.infoPages) policyA.infoPages = getInfoPages(product).filter((page) => options.infoPages!.includes(page.kind));
  const { policy: policyB, edits } = applyEdits(policyA, random.fork(`edits:${product}:${pages}`), options.edits ?? 8, options.kinds);
  nextEdition(policyB);

  const [renderedA, renderedB] = [await renderPolicyPdf(policyA, render), await renderPolicyPdf(policyB, render)];
  const truth = buildTruth({ seed: options.seed, product, pages, twoColumn }, { policy: policyA, rendered: renderedA }, { policy: policyB, rendered: renderedB }, edits);
  const file = (policy: PolicyDocument, rendered: RenderedPolicy): GeneratedPolicyFile => ({
    pdf: rendered.pdf,
    fileName: fileNameFor(policy),
    text: rendered.text,
    pageCount: rendered.pageCount,
    policy,
  });
  return { a: file(policyA, renderedA), b: file(policyB, renderedB), truth };
}

/**
 * A cheap pair for system tests: 3–6 pages each, four known edits of the first twenty kinds (the
 * fixture system and scorer tests were written against; binding an information page would also
 * push a 3–6 page fixture past six), built in well under 100 ms.
 */
export async function makeTestPdfPair(seed = 1): Promise<PolicyPair> {
  return generatePolicyPair({ seed, pages: 4, edits: 4, font: 'helvetica', kinds: LEGACY_EDIT_KINDS });
}
