import { describe, expect, it } from 'vitest';
import { applyEdits, EDIT_KINDS, EditNotApplicableError, type EditKind } from './policy-edits.js';
import { generatePolicy, getInfoPages } from './policy-library.js';
import { generatePolicyPair, makeTestPdfPair, normaliseWhitespace, type PolicyPair } from './policy-pair.js';
import { INFO_PAGE_KINDS, PRODUCT_KINDS, type InfoPageKind, type ProductKind } from './policy-model.js';
import { createRandom } from './random.js';
import { BODY_BOTTOM, BODY_TOP } from './policy-render.js';

/**
 * pdfjs-dist is a dependency of @policydiff/analysis, not of testkit, so it is loaded from the
 * analysis package's node_modules (see the package report).
 */
const PDFJS = new URL('../../analysis/node_modules/pdfjs-dist/legacy/build/pdf.mjs', import.meta.url).href;

interface ExtractedPage {
  /** Text between header and footer, in drawing order. */
  body: string;
  /** Everything on the page. */
  all: string;
}

async function extractPages(pdf: Uint8Array): Promise<ExtractedPage[]> {
  const pdfjs = await import(/* @vite-ignore */ PDFJS);
  const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: ExtractedPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const items = content.items.filter((item: { str?: string }) => typeof item.str === 'string') as { str: string; transform: number[] }[];
    const inBody = items.filter((item) => item.transform[5] <= BODY_TOP + 2 && item.transform[5] >= BODY_BOTTOM - 2);
    pages.push({ body: normaliseWhitespace(inBody.map((i) => i.str).join(' ')), all: normaliseWhitespace(items.map((i) => i.str).join(' ')) });
  }
  await doc.destroy();
  return pages;
}

function checkTruthAgainstText(pair: PolicyPair, textA: string, textB: string): void {
  for (const edit of pair.truth.edits) {
    const label = `${edit.kind} ${edit.unitId}`;
    if (edit.a) expect(textA, `${label} A`).toContain(normaliseWhitespace(edit.a.keyPhrase));
    if (edit.b) expect(textB, `${label} B`).toContain(normaliseWhitespace(edit.b.keyPhrase));
    expect(edit.a !== null || edit.b !== null).toBe(true);
    if (edit.expectedStatus === 'added') expect(edit.a).toBeNull();
    if (edit.expectedStatus === 'removed') expect(edit.b).toBeNull();
    if (edit.expectedStatus === 'modified') {
      expect(edit.a!.keyPhrase, label).not.toBe(edit.b!.keyPhrase);
      // The A wording of the change is gone from B's clause, unless the edit only inserted words
      // (a sentence appended): then A's quote is the words the insertion follows.
      if (!edit.kind.endsWith('_added')) expect(edit.b!.text, label).not.toContain(edit.a!.keyPhrase);
      else expect(edit.b!.keyPhrase.length, label).toBeGreaterThan(0);
    }
    if (edit.expectedStatus === 'moved') expect(edit.a!.section).not.toBe(edit.b!.section);
  }
}

const LEGACY = new Set<EditKind>(EDIT_KINDS.slice(0, 20));
const structural = (kind: EditKind): boolean => kind === 'clause_moved' || kind === 'section_renumbered';

/**
 * Every kind that has a target in this product's 10-page policy, grouped into pairs whose kinds
 * can all be planted together (an edit takes its unit, so two kinds may compete for one target).
 * Additions of information pages run on a policy bound with none, everything else on one bound
 * with all of them.
 */
function batches(product: ProductKind): { kinds: EditKind[]; infoPages: readonly InfoPageKind[] }[] {
  const out: { kinds: EditKind[]; infoPages: readonly InfoPageKind[] }[] = [];
  for (const adding of [false, true]) {
    const infoPages: readonly InfoPageKind[] = adding ? [] : INFO_PAGE_KINDS;
    const fits = (kinds: EditKind[]): boolean => {
      const a = generatePolicy(2024, product, 10);
      a.infoPages = getInfoPages(product).filter((page) => infoPages.includes(page.kind));
      try {
        applyEdits(a, createRandom(2024).fork(`edits:${product}:10`), kinds);
        return true;
      } catch (error) {
        if (error instanceof EditNotApplicableError) return false;
        throw error;
      }
    };
    const kinds = EDIT_KINDS.filter((kind) => (kind.startsWith('info_') && kind.endsWith('_added')) === adding && fits([kind]));
    let current: EditKind[] = [];
    for (const kind of kinds) {
      if (current.length < 14 && fits([...current, kind])) current.push(kind);
      else {
        if (current.length > 0) out.push({ kinds: current, infoPages });
        current = [kind];
      }
    }
    if (current.length > 0) out.push({ kinds: current, infoPages });
  }
  return out;
}

describe('generatePolicyPair', () => {
  it('is byte-identical for the same seed and differs for another', async () => {
    const first = await generatePolicyPair({ seed: 314, pages: 10 });
    const second = await generatePolicyPair({ seed: 314, pages: 10 });
    expect(Buffer.from(first.a.pdf).equals(Buffer.from(second.a.pdf))).toBe(true);
    expect(Buffer.from(first.b.pdf).equals(Buffer.from(second.b.pdf))).toBe(true);
    expect(first.truth).toEqual(second.truth);
    const other = await generatePolicyPair({ seed: 315, pages: 10 });
    expect(Buffer.from(other.a.pdf).equals(Buffer.from(first.a.pdf))).toBe(false);
    expect(Buffer.from(first.a.pdf.slice(0, 5)).toString()).toBe('%PDF-');
  });

  it.each(PRODUCT_KINDS)('%s: every edit kind with a target lands, and its key phrases are in the extracted PDF text of the right side', async (product) => {
    const planted = new Set<EditKind>();
    for (const { kinds, infoPages } of batches(product)) {
      const pair = await generatePolicyPair({ seed: 2024, product, pages: 10, edits: kinds, infoPages });
      expect(pair.truth.edits.map((e) => e.kind)).toEqual([...kinds].sort((x, y) => Number(structural(x)) - Number(structural(y))));
      const pagesA = await extractPages(pair.a.pdf);
      const pagesB = await extractPages(pair.b.pdf);
      expect(pagesA).toHaveLength(pair.a.pageCount);
      const textA = pagesA.map((p) => p.body).join(' ');
      const textB = pagesB.map((p) => p.body).join(' ');
      checkTruthAgainstText(pair, textA, textB);
      // Pages in the truth are where the phrase starts.
      for (const edit of pair.truth.edits) {
        planted.add(edit.kind);
        for (const [side, pages] of [[edit.a, pagesA], [edit.b, pagesB]] as const) {
          if (!side) continue;
          const firstWords = normaliseWhitespace(side.keyPhrase).split(' ').slice(0, 3).join(' ');
          expect(pages[side.page - 1].body, `${edit.kind} page ${side.page}`).toContain(firstWords);
        }
        if (!LEGACY.has(edit.kind)) expect(edit.expectedMateriality, edit.kind).toBeDefined();
      }
    }
    expect(planted.size).toBeGreaterThan(60);
  }, 60_000);

  it('an information page added or dropped is information in the truth, whatever it says', async () => {
    const added = await generatePolicyPair({ seed: 8, product: 'health', pages: 10, infoPages: [], edits: ['info_cis_added', 'info_premium_table_added', 'info_claim_form_added'] });
    const removed = await generatePolicyPair({ seed: 8, product: 'health', pages: 10, infoPages: INFO_PAGE_KINDS, edits: ['info_cis_removed', 'info_grievance_removed', 'info_proposal_form_removed'] });
    for (const edit of [...added.truth.edits, ...removed.truth.edits]) {
      expect(edit).toMatchObject({ expectedDirection: 'neutral', expectedMateriality: 'low', material: false });
      const side = edit.b ?? edit.a!;
      expect(side.section).toBeNull();
      expect(side.heading).toMatch(/Customer Information Sheet|Premium illustration|Claim form|Grievance|Proposal form/);
    }
    expect(added.b.pageCount).toBeGreaterThanOrEqual(added.a.pageCount + 3);
    expect(removed.b.pageCount).toBeLessThanOrEqual(removed.a.pageCount - 3);
    // The CIS's key block summarises cover and is quoted on the B side only.
    const cis = added.truth.edits.find((e) => e.kind === 'info_cis_added')!;
    expect(cis.a).toBeNull();
    expect(cis.b!.keyPhrase).toMatch(/In-patient hospitalisation/);
    expect(added.truth.alignment.filter((u) => u.status === 'added' && u.unitId.startsWith('health.info.customer_information_sheet')).length).toBeGreaterThan(10);
  });

  it('key phrases survive two-column layout too', async () => {
    const pair = await generatePolicyPair({ seed: 77, product: 'commercial', pages: 10, edits: 14, twoColumn: true });
    const textA = (await extractPages(pair.a.pdf)).map((p) => p.body).join(' ');
    const textB = (await extractPages(pair.b.pdf)).map((p) => p.body).join(' ');
    expect(pair.truth.edits).toHaveLength(14);
    checkTruthAgainstText(pair, textA, textB);
  });

  it('records the full alignment and the schedule figures on both sides', async () => {
    const pair = await generatePolicyPair({ seed: 9, product: 'home', pages: 10, edits: ['limit_up', 'excess_down', 'exclusion_added', 'exclusion_removed', 'clause_moved'] });
    const byId = new Map(pair.truth.alignment.map((entry) => [entry.unitId, entry]));
    for (const edit of pair.truth.edits) {
      const entry = byId.get(edit.unitId)!;
      expect(entry, edit.kind).toBeDefined();
      const status = { added: 'added', removed: 'removed', moved: 'moved', modified: 'matched', unchanged: 'matched' }[edit.expectedStatus];
      expect(entry.status, edit.kind).toBe(status);
      if (edit.expectedStatus === 'modified') expect(entry.textChanged).toBe(true);
    }
    const changed = pair.truth.alignment.filter((entry) => entry.status === 'matched' && entry.textChanged);
    // Only the edited units changed text; the added group heading, if any, shows as added.
    expect(changed.map((entry) => entry.unitId).sort()).toEqual(pair.truth.edits.filter((e) => e.expectedStatus === 'modified').map((e) => e.unitId).sort());
    for (const entry of pair.truth.alignment) {
      if (entry.a) expect(pair.a.text).toContain(entry.a.text);
      if (entry.b) expect(pair.b.text).toContain(entry.b.text);
    }
    const scheduleEdits = pair.truth.edits.filter((e) => e.unitId.includes('.sched.'));
    for (const figure of pair.truth.keyFigures) {
      const edit = scheduleEdits.find((e) => e.unitId === figure.unitId);
      expect(figure.a).not.toBeNull();
      if (edit) {
        expect(figure.a!.value).toBe(edit.from);
        expect(figure.b!.value).toBe(edit.to);
      } else {
        expect(figure.b!.value).toBe(figure.a!.value);
      }
    }
    expect(pair.truth.keyFigures.find((f) => f.label === 'Buildings sum insured')?.a).toMatchObject({ value: 450000, unit: 'GBP', text: '£450,000' });
  });

  // A 10-page wording is bound with two or three information pages, which the size does not count.
  it.each([
    [10, 9, 16],
    [50, 44, 62],
  ])('a %i-page request renders %i–%i pages for every product', async (pages, min, max) => {
    for (const product of PRODUCT_KINDS) {
      const pair = await generatePolicyPair({ seed: 5, product, pages });
      expect(pair.a.pageCount, product).toBeGreaterThanOrEqual(min);
      expect(pair.a.pageCount, product).toBeLessThanOrEqual(max);
      // Eight edits can bind or drop two information pages of up to two pages each.
      expect(Math.abs(pair.b.pageCount - pair.a.pageCount)).toBeLessThanOrEqual(4);
    }
  });

  it('a 200-page request renders a long policy', async () => {
    const pair = await generatePolicyPair({ seed: 5, product: 'travel', pages: 200, edits: 10 });
    expect(pair.a.pageCount).toBeGreaterThanOrEqual(170);
    expect(pair.a.pageCount).toBeLessThanOrEqual(230);
  }, 30_000);

  // Timing is printed, not asserted (a loaded machine must not fail the suite): see `npm run bench`.
  it('builds a 50-page pair and reports how long it took', async () => {
    await generatePolicyPair({ seed: 1, product: 'home', pages: 50 });
    const started = performance.now();
    const pair = await generatePolicyPair({ seed: 2, product: 'home', pages: 50 });
    const elapsed = performance.now() - started;
    console.log(`[figures] 50-page pair (${pair.a.pageCount} + ${pair.b.pageCount} pages): ${elapsed.toFixed(0)} ms`);
    expect(pair.a.pageCount).toBeGreaterThanOrEqual(45);
  });
});

describe('makeTestPdfPair', () => {
  it('gives two 3–6 page PDFs with known edits', async () => {
    await makeTestPdfPair(1);
    const started = performance.now();
    const pair = await makeTestPdfPair(2);
    const elapsed = performance.now() - started;
    console.log(`[figures] makeTestPdfPair: ${elapsed.toFixed(1)} ms`);
    for (const side of [pair.a, pair.b]) {
      expect(side.pageCount).toBeGreaterThanOrEqual(3);
      expect(side.pageCount).toBeLessThanOrEqual(6);
      expect((await extractPages(side.pdf)).length).toBe(side.pageCount);
    }
    expect(pair.truth.edits.length).toBeGreaterThanOrEqual(3);
    expect(pair.a.fileName).not.toBe(pair.b.fileName);
    expect(pair.a.fileName).toMatch(/\.pdf$/);
    const textA = (await extractPages(pair.a.pdf)).map((p) => p.body).join(' ');
    const textB = (await extractPages(pair.b.pdf)).map((p) => p.body).join(' ');
    checkTruthAgainstText(pair, textA, textB);
  });

  it('defaults to seed 1 and is reproducible', async () => {
    const [x, y] = [await makeTestPdfPair(), await makeTestPdfPair(1)];
    expect(Buffer.from(x.a.pdf).equals(Buffer.from(y.a.pdf))).toBe(true);
  });
});
