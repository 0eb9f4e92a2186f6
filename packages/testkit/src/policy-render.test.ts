import { describe, expect, it } from 'vitest';
import { generatePolicy, getInfoPages } from './policy-library.js';
import { PRODUCT_KINDS } from './policy-model.js';
import { normaliseWhitespace } from './policy-pair.js';
import { BODY_BOTTOM, BODY_TOP, PAGE_HEIGHT, PAGE_WIDTH, renderPolicyPdf } from './policy-render.js';
import { policyUnits } from './policy-text.js';

/** pdfjs-dist comes from the analysis package's node_modules (testkit does not declare it). */
const PDFJS = new URL('../../analysis/node_modules/pdfjs-dist/legacy/build/pdf.mjs', import.meta.url).href;

interface Item {
  str: string;
  x: number;
  y: number;
  font: string;
}

async function readPdf(pdf: Uint8Array): Promise<{ pages: Item[][]; sizes: [number, number][]; fonts: string[][] }> {
  const pdfjs = await import(/* @vite-ignore */ PDFJS);
  const doc = await pdfjs.getDocument({ data: pdf.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: Item[][] = [];
  const sizes: [number, number][] = [];
  const fonts: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view;
    sizes.push([w, h]);
    const content = await page.getTextContent();
    const styles = content.styles as Record<string, { fontFamily: string }>;
    const items = (content.items as { str?: string; transform: number[]; fontName: string }[])
      .filter((item) => typeof item.str === 'string' && item.str.trim() !== '')
      .map((item) => ({ str: item.str!, x: item.transform[4], y: item.transform[5], font: item.fontName }));
    pages.push(items);
    fonts.push([...new Set(items.map((i) => styles[i.font]?.fontFamily ?? i.font))]);
  }
  await doc.destroy();
  return { pages, sizes, fonts };
}

const bodyText = (items: Item[]): string => normaliseWhitespace(items.filter((i) => i.y <= BODY_TOP + 2 && i.y >= BODY_BOTTOM - 2).map((i) => i.str).join(' '));

describe('renderPolicyPdf', () => {
  it('prints A4 pages with a header and "Page N of M" footer on every page, a cover and a contents page', async () => {
    const policy = generatePolicy(3, 'home', 10);
    const rendered = await renderPolicyPdf(policy);
    const { pages, sizes } = await readPdf(rendered.pdf);
    expect(pages).toHaveLength(rendered.pageCount);
    expect(rendered.pageCount).toBeGreaterThanOrEqual(8);
    pages.forEach((items, index) => {
      expect(sizes[index][0]).toBeCloseTo(PAGE_WIDTH, 0);
      expect(sizes[index][1]).toBeCloseTo(PAGE_HEIGHT, 0);
      const header = items.filter((i) => i.y > BODY_TOP + 10).map((i) => i.str);
      expect(header).toContain(policy.insurer);
      expect(header).toContain(`Form ${policy.formCode}`);
      expect(items.filter((i) => i.y < BODY_BOTTOM - 10).map((i) => i.str)).toEqual([`Page ${index + 1} of ${rendered.pageCount}`]);
    });
    const cover = pages[0].map((i) => i.str).join(' ');
    expect(cover).toContain(policy.title);
    expect(cover).toContain(`Effective from ${policy.effectiveFrom}`);
    expect(pages[1][0].str === 'Contents' || pages[1].some((i) => i.str === 'Contents')).toBe(true);
  });

  it('lists every section in the contents with dot leaders and the page it starts on', async () => {
    const policy = generatePolicy(4, 'travel', 10);
    const rendered = await renderPolicyPdf(policy);
    const { pages } = await readPdf(rendered.pdf);
    const contents = pages[1];
    const headings = policyUnits(policy).filter((u) => u.kind === 'heading' && u.level === 1);
    for (const heading of headings) {
      const title = contents.find((i) => i.str === heading.text);
      expect(title, heading.text).toBeDefined();
      const row = contents.filter((i) => Math.abs(i.y - title!.y) < 0.5);
      expect(row.some((i) => /^\.{3,}$/.test(i.str))).toBe(true);
      const page = Number(row[row.length - 1].str);
      expect(page).toBe(rendered.placements.get(heading.id)!.pageStart);
      expect(bodyText(pages[page - 1])).toContain(heading.text);
    }
  });

  it('prints numbered headings in bold and larger than the body, clauses with their numbers', async () => {
    const policy = generatePolicy(4, 'health', 10);
    const rendered = await renderPolicyPdf(policy, { font: 'helvetica' });
    const pdfjs = await import(/* @vite-ignore */ PDFJS);
    const doc = await pdfjs.getDocument({ data: rendered.pdf.slice(), isEvalSupported: false, verbosity: 0 }).promise;
    const section = policyUnits(policy).find((u) => u.kind === 'heading' && u.number === 'Section 1')!;
    const page = await doc.getPage(rendered.placements.get(section.id)!.pageStart);
    const content = await page.getTextContent();
    const item = (content.items as { str: string; height: number; fontName: string }[]).find((i) => i.str === section.text)!;
    expect(item).toBeDefined();
    const body = (content.items as { str: string; height: number; fontName: string }[]).find((i) => i.str.length > 60)!;
    expect(item.height).toBeGreaterThan(body.height + 2);
    expect(item.fontName).not.toBe(body.fontName);
    expect(bodyText((await readPdf(rendered.pdf)).pages[rendered.placements.get(section.id)!.pageStart - 1])).toMatch(/\b1\.1 /);
    await doc.destroy();
  });

  it('breaks paragraphs across pages and keeps every unit readable in order', async () => {
    const policy = generatePolicy(6, 'commercial', 50);
    const rendered = await renderPolicyPdf(policy);
    const { pages } = await readPdf(rendered.pdf);
    const text = pages.map(bodyText).join(' ');
    const split = policyUnits(policy).filter((u) => {
      const placement = rendered.placements.get(u.id)!;
      return placement.pageEnd > placement.pageStart;
    });
    expect(split.length).toBeGreaterThanOrEqual(1);
    let cursor = 0;
    for (const unit of policyUnits(policy)) {
      const at = text.indexOf(normaliseWhitespace(unit.kind === 'definition' && unit.lead ? unit.body : unit.text), cursor);
      expect(at, unit.id).toBeGreaterThanOrEqual(0);
      cursor = at;
    }
  });

  it('two-column mode puts body text in two columns', async () => {
    const policy = generatePolicy(6, 'home', 10);
    const single = await readPdf((await renderPolicyPdf(policy)).pdf);
    const double = await renderPolicyPdf(policy, { twoColumn: true });
    const { pages } = await readPdf(double.pdf);
    // The pages of the wording itself (information pages print in one column).
    const clauses = policyUnits(policy).filter((u) => u.kind === 'clause');
    const first = double.placements.get(clauses[0].id)!.pageStart;
    const last = double.placements.get(clauses.at(-1)!.id)!.pageStart;
    const twoColumns = pages.slice(first - 1, last).filter((page) => {
      const leftEdges = new Set(page.filter((i) => i.y < BODY_TOP && i.y > BODY_BOTTOM).map((i) => Math.round(i.x)));
      return [...leftEdges].some((x) => x > PAGE_WIDTH / 2) && [...leftEdges].some((x) => x < PAGE_WIDTH / 4);
    });
    expect(twoColumns.length).toBeGreaterThanOrEqual(Math.max(1, last - first - 1));
    expect(pages.map(bodyText).join(' ')).toContain(normaliseWhitespace(policyUnits(policy).find((u) => u.kind === 'clause')!.text));
    expect(pages.length).not.toBe(0);
    expect(single.pages.length).toBeGreaterThan(0);
  });

  it('prints each information page on its own pages, in one column, with its tables, tick boxes and signature lines', async () => {
    const policy = generatePolicy(6, 'health', 10);
    policy.infoPages = getInfoPages('health');
    const rendered = await renderPolicyPdf(policy, { twoColumn: true });
    const { pages } = await readPdf(rendered.pdf);
    const units = policyUnits(policy);
    const schedulePage = rendered.placements.get('health.schedule')!.pageStart;
    const lastSection = rendered.placements.get(policy.sections.at(-1)!.id)!.pageStart;
    for (const page of policy.infoPages) {
      const start = rendered.placements.get(page.id)!.pageStart;
      // The title opens its page.
      expect(bodyText(pages[start - 1]).startsWith(normaliseWhitespace(page.title)), page.id).toBe(true);
      if (page.placement === 'front') expect(start).toBeLessThan(schedulePage);
      else expect(start).toBeGreaterThan(lastSection);
      // One column: a paragraph line starting at the left margin runs past the middle of the page.
      const items = pages[start - 1].filter((i) => i.y < BODY_TOP && i.y > BODY_BOTTOM);
      expect(items.some((i) => i.x < PAGE_WIDTH / 4 && i.str.length > 70), page.id).toBe(true);
    }
    const text = pages.map(bodyText).join(' ');
    for (const unit of units.filter((u) => u.sectionId.startsWith('info.'))) expect(text, unit.id).toContain(normaliseWhitespace(unit.text));
    expect(text).toContain('[ ] Yes [ ] No');
    expect(text).toContain('Policy No.: ______________________');
    expect(text).toMatch(/Signature of the proposer: _+ Place: _+ Date: _+\/_+\/_+/);
    // A premium row reads left to right, its cells at increasing x on one line.
    const premiumPage = pages[rendered.placements.get('health.info.premium_table')!.pageStart - 1];
    const row = premiumPage.filter((i) => ['36 to 45 years', 'Rs. 17,950', 'Rs. 24,820', 'Rs. 34,600'].includes(i.str));
    expect(row.map((i) => i.str)).toEqual(['36 to 45 years', 'Rs. 17,950', 'Rs. 24,820', 'Rs. 34,600']);
    expect(new Set(row.map((i) => Math.round(i.y))).size).toBe(1);
    expect(row.map((i) => i.x)).toEqual([...row.map((i) => i.x)].sort((x, y) => x - y));
    // The header row is bold, the body rows are not.
    const header = premiumPage.find((i) => i.str === 'Age of eldest member')!;
    expect(header.font).not.toBe(row[0].font);
  });

  it.each(PRODUCT_KINDS)('%s: every information page reads back whole, table rows left to right', async (product) => {
    const policy = generatePolicy(7, product, 10);
    policy.infoPages = getInfoPages(product);
    for (const twoColumn of [false, true]) {
      const rendered = await renderPolicyPdf(policy, { twoColumn });
      const text = (await readPdf(rendered.pdf)).pages.map(bodyText).join(' ');
      for (const unit of policyUnits(policy).filter((u) => u.sectionId.startsWith('info.'))) expect(text, `${unit.id} twoColumn=${twoColumn}`).toContain(normaliseWhitespace(unit.text));
    }
  });

  it('hyphenates long words at line ends when asked, and only then', async () => {
    const policy = generatePolicy(8, 'health', 10);
    const plain = (await readPdf((await renderPolicyPdf(policy, { twoColumn: true })).pdf)).pages.flat();
    const hyphenated = (await readPdf((await renderPolicyPdf(policy, { twoColumn: true, hyphenate: true })).pdf)).pages.flat();
    const endsInHyphen = (items: Item[]): string[] => items.map((i) => i.str).filter((s) => /[a-z]{4}-$/.test(s));
    expect(endsInHyphen(hyphenated).length).toBeGreaterThan(5);
    expect(endsInHyphen(plain)).toEqual([]);
    // Joining the split words gives back the policy's own words.
    const joined = normaliseWhitespace(hyphenated.map((i) => i.str).join(' ')).replace(/([a-z]{4})- ([a-z])/g, '$1$2');
    expect(joined).toContain('hospitalisation');
  });

  it('uses the requested font family, and is byte-stable', async () => {
    const policy = generatePolicy(2, 'travel', 4);
    const times = await renderPolicyPdf(policy, { font: 'times' });
    const again = await renderPolicyPdf(policy, { font: 'times' });
    expect(Buffer.from(times.pdf).equals(Buffer.from(again.pdf))).toBe(true);
    const helvetica = await renderPolicyPdf(policy, { font: 'helvetica' });
    expect(Buffer.from(times.pdf).equals(Buffer.from(helvetica.pdf))).toBe(false);
    expect((await readPdf(times.pdf)).fonts.flat()).toContain('serif');
    expect((await readPdf(times.pdf)).fonts.flat()).not.toContain('sans-serif');
    expect((await readPdf(helvetica.pdf)).fonts.flat()).toContain('sans-serif');
  });
});
