/**
 * A deterministic plain-English summary a broker can paste into a client letter: a headline, the
 * material changes first, grouped by cover area, each citing clause and page on both sides.
 * Only figures quoted from the documents appear; the summary describes and never recommends.
 */
import type { Bullet, Change, DefinitionChange, Direction, KeyFigure, Materiality, Summary } from '@policydiff/contracts';
import type { AnalyzedDocument, DeltaResult } from '../types.js';
import { citeClause, citePair, pageLabel } from './citations.js';
import { withoutAdvice } from './safe-wording.js';
import { isLayoutFragment } from './layout-fragments.js';
import { removalIsDoubtful, termUseEvidence } from './definition-evidence.js';
import { verdictOf, weighBalance } from './verdict.js';

/**
 * What the summary reads of each document besides the deltas: its page count and its definitions.
 * Narrowed from AnalyzedDocument so the narrative stage loads only these (not the layout, the
 * classification and the DNA of both documents).
 */
export interface SummarySource {
  layout: Pick<AnalyzedDocument['layout'], 'pageCount'>;
  definitions: AnalyzedDocument['definitions'];
}

export interface SummaryDocuments {
  a: { fileName: string };
  b: { fileName: string };
}

const DIRECTION_WORD: Record<Direction, string> = {
  broader: 'Broader',
  narrower: 'Narrower',
  neutral: 'Neutral',
  ambiguous: 'Mixed effect',
};

const SEVERITY_RANK: Record<Materiality, number> = { high: 0, medium: 1, low: 2 };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function isMaterial(c: Change): boolean {
  return c.status !== 'unchanged' && c.materiality !== 'low';
}

function isListed(c: Change): boolean {
  return isMaterial(c) || ((c.status === 'added' || c.status === 'removed') && !isLayoutFragment(c));
}

/** The verdict and its weights: material (high and medium) changes weighed by materiality (verdict.ts). */
export function verdictFor(changes: Change[]): Pick<Summary, 'verdict' | 'balance'> {
  const balance = weighBalance(changes.filter(isMaterial));
  return { verdict: verdictOf(balance), balance };
}

export function headlineOf(changes: Change[]): string {
  const material = changes.filter(isMaterial);
  const narrower = material.filter((c) => c.direction === 'narrower').length;
  const broader = material.filter((c) => c.direction === 'broader').length;
  const mixed = material.filter((c) => c.direction === 'ambiguous').length;
  if (narrower + broader + mixed === 0) {
    const other = changes.filter((c) => c.status !== 'unchanged').length;
    return other === 0
      ? 'No material change in cover: the wordings match.'
      : `No material change in cover: ${plural(other, 'minor difference', 'minor differences')} in wording or layout only.`;
  }
  const parts = [plural(narrower, 'material reduction', 'material reductions'), plural(broader, 'improvement', 'improvements')];
  if (mixed > 0) parts.push(plural(mixed, 'change with mixed effect', 'changes with mixed effect'));
  const { verdict, balance } = verdictFor(changes);
  const overall: Record<Summary['verdict'], string> = {
    narrower: 'Cover is narrower overall',
    broader: 'Cover is broader overall',
    mixed: 'Cover changes in both directions',
    no_material_change: 'No clear change in cover',
  };
  // High changes against the verdict are named, so a reader never misses them behind the balance.
  const against = verdict === 'narrower' ? balance.high_broader : verdict === 'broader' ? balance.high_narrower : 0;
  const despite = against > 0 ? `; ${plural(against, 'high change goes', 'high changes go')} the other way` : '';
  return `${overall[verdict]}: ${parts.join(', ')}${despite}`;
}

/** One sentence per change: its most telling deltas, in the documents' own figures. */
function statementOf(c: Change): string {
  const ranked = [...c.deltas].filter((d) => d.type !== 'wording_only' || c.deltas.length === 1);
  const lead = ranked.slice(0, 2).map((d) => d.description.replace(/\.$/, ''));
  const more = ranked.length > 2 ? ` (and ${plural(ranked.length - 2, 'further difference', 'further differences')})` : '';
  const subject = c.b?.heading ?? c.a?.heading;
  const prefix = subject && c.status === 'modified' ? `${subject}: ` : '';
  const sentence = `${prefix}${lead.join('; ')}${more}`;
  return withoutAdvice(/[.…]["”]?$/.test(sentence) ? sentence : `${sentence}.`);
}

function bulletOf(c: Change): Bullet {
  return {
    text: `${DIRECTION_WORD[c.direction]} (${c.materiality}): ${statementOf(c)} (${citePair(c.a, c.b)})`,
    severity: c.materiality,
    direction: c.direction,
    change_ids: [c.id],
  };
}

function areaOf(c: Change): string {
  if (c.cover_area) return c.cover_area;
  if (c.clause_type === 'definition') return 'Definitions';
  return 'General';
}

function definitionLine(d: DefinitionChange, a: SummarySource, b: SummarySource, changes: ReadonlyMap<string, Change>): string {
  const termA = a.definitions.terms.find((t) => t.term === d.term || t.key === d.term.toLowerCase());
  const termB = b.definitions.terms.find((t) => t.term === d.term || t.key === d.term.toLowerCase());
  const where = `${termA ? `p. ${termA.page}` : 'not in A'} → ${termB ? `p. ${termB.page}` : 'not in B'}`;
  // A definition "removed" from a document that still uses the term, and has definitions of its
  // own, may only have escaped extraction: say what was found rather than assert a removal.
  const lacking = d.status === 'removed' ? b : a;
  const evidence = termUseEvidence(d, changes, lacking.definitions.terms.length > 0);
  if (removalIsDoubtful(evidence)) {
    const side = d.status === 'removed' ? 'B' : 'A';
    return (
      `- **${d.term}**: no definition found in ${side}, although ${side} still uses the term in ${evidence!.stillUsed} of the ` +
      `${plural(evidence!.counterparts, 'compared clause', 'compared clauses')} that use it; it may be defined in a form ` +
      `not recognised, so this is not reported as ${d.status === 'removed' ? 'a removal' : 'an addition'}. Check ${side}'s definitions (${where})`
    );
  }
  const used = d.impacted_change_ids.length > 0 ? `; affects ${plural(d.impacted_change_ids.length, 'compared clause', 'compared clauses')}` : '';
  return `- **${d.term}**: ${d.status} (${DIRECTION_WORD[d.direction].toLowerCase()}${used}) (${where})`;
}

function keyFigureLine(k: KeyFigure): string {
  const from = k.a ? k.a.text : 'not stated';
  const to = k.b ? k.b.text : 'not stated';
  const pages = `${k.a ? pageLabel(k.a.page, k.a.page) : 'not in A'} → ${k.b ? pageLabel(k.b.page, k.b.page) : 'not in B'}`;
  return `- **${k.label}**: ${from} → ${to} (${DIRECTION_WORD[k.direction].toLowerCase()}) (${pages})`;
}

export function summariseChanges(
  delta: DeltaResult,
  a: SummarySource,
  b: SummarySource,
  docs: SummaryDocuments,
): Summary {
  const changes = delta.changes;
  const counts = { added: 0, removed: 0, modified: 0, moved: 0, unchanged: 0 };
  for (const c of changes) counts[c.status] += 1;
  const directions = { broader: 0, narrower: 0, neutral: 0, ambiguous: 0 };
  for (const c of changes) if (c.status !== 'unchanged') directions[c.direction] += 1;

  const listed = changes
    .filter(isListed)
    .sort((x, y) => SEVERITY_RANK[x.materiality] - SEVERITY_RANK[y.materiality] || y.materiality_score - x.materiality_score || x.id.localeCompare(y.id));
  const byArea = new Map<string, Change[]>();
  for (const c of listed) {
    const area = areaOf(c);
    const list = byArea.get(area);
    if (list) list.push(c);
    else byArea.set(area, [c]);
  }
  const headline = headlineOf(changes);
  const lines: string[] = [
    `# ${docs.a.fileName} → ${docs.b.fileName}`,
    '',
    `**${headline}**`,
    '',
    `Document A: ${docs.a.fileName} (${plural(a.layout.pageCount, 'page', 'pages')}). Document B: ${docs.b.fileName} (${plural(b.layout.pageCount, 'page', 'pages')}). ` +
      `Clauses compared: ${counts.added} added, ${counts.removed} removed, ${counts.modified} modified, ${counts.moved} moved, ${counts.unchanged} unchanged.`,
    '',
  ];
  const fragments = changes.filter((c) => (c.status === 'added' || c.status === 'removed') && isLayoutFragment(c));
  if (listed.length === 0) {
    const addedOrRemoved = fragments.length > 0 ? 'no clause with wording was added or removed' : 'no clause was added or removed';
    lines.push(`No material change in cover was found: ${addedOrRemoved}, and no change to a limit, excess, period, peril, exception, obligation or definition was identified.`, '');
  }
  for (const [area, list] of byArea) {
    lines.push(`## ${area}`, '');
    for (const c of list) lines.push(`- ${bulletOf(c).text}`);
    lines.push('');
  }
  const definitionChanges = delta.definitions.filter((d) => d.status !== 'unchanged');
  if (definitionChanges.length > 0) {
    lines.push('## Defined terms', '');
    const byId = new Map(changes.map((c) => [c.id, c]));
    for (const d of definitionChanges) lines.push(withoutAdvice(definitionLine(d, a, b, byId)));
    lines.push('');
  }
  const figures = delta.keyFigures.filter((k) => k.direction !== 'neutral' || k.a === null || k.b === null || k.a.value !== k.b.value);
  if (figures.length > 0) {
    lines.push('## Key figures', '');
    for (const k of figures) lines.push(keyFigureLine(k));
    lines.push('');
  }
  const minor = changes.filter((c) => c.status === 'modified' && c.materiality === 'low');
  const movedOnly = changes.filter((c) => c.status === 'moved');
  if (minor.length > 0 || movedOnly.length > 0 || fragments.length > 0) {
    lines.push('## Minor differences', '');
    if (minor.length > 0) {
      const where = minor.slice(0, 12).map((c) => citeClause((c.b ?? c.a)!)).join('; ');
      lines.push(`- ${plural(minor.length, 'clause is', 'clauses are')} reworded with no identified change in cover (B: ${where}${minor.length > 12 ? '; …' : ''}).`);
    }
    if (movedOnly.length > 0) {
      const where = movedOnly.slice(0, 12).map((c) => citePair(c.a, c.b)).join('; ');
      lines.push(`- ${plural(movedOnly.length, 'clause moves', 'clauses move')} to another place without a change in wording (${where}${movedOnly.length > 12 ? '; …' : ''}).`);
    }
    if (fragments.length > 0) {
      const where = fragments.slice(0, 12).map((c) => citePair(c.a, c.b)).join('; ');
      lines.push(
        `- ${plural(fragments.length, 'layout fragment (a list number, heading or column header) appears', 'layout fragments (list numbers, headings, column headers) appear')} ` +
          `on one side only; ${fragments.length === 1 ? 'it carries' : 'they carry'} no wording (${where}${fragments.length > 12 ? '; …' : ''}).`,
      );
    }
    lines.push('');
  }
  if (delta.warnings.length > 0) {
    lines.push('## Notes', '');
    for (const w of delta.warnings) lines.push(`- ${w}`);
    lines.push('');
  }
  return {
    headline,
    ...verdictFor(changes),
    narrative: lines.join('\n').trimEnd() + '\n',
    counts,
    directions,
    bullets: listed.map(bulletOf),
  };
}
