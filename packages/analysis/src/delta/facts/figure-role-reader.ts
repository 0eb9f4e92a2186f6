/**
 * Reads which role of the figure-role table (tables/figure-roles.ts) a figure plays, from its
 * own stretch of its sentence: the words from the previous figure (or the start of the sentence
 * part) to the next one. "settle or reject a claim within 30 days" names the insurer's deadline,
 * "Grace Period of 30 days" the grace period, whatever the clause was classified as.
 */
import { FIGURE_ROLES, type FigureKind, type FigureRoleRow } from '../tables/figure-roles.js';

export interface FigureStretch {
  /** The words before the figure, back to the previous figure or the start of its sentence part. */
  before: string;
  /** The figure and the words after it, up to the next figure or the end of its sentence part. */
  after: string;
}

/** Sentence ends and semicolons bound a figure's stretch; a colon does not (a lead-in explains its list). */
const PART_END = /[.;!?](?=\s|$)/g;
/**
 * How far a figure's stretch reaches: its role is named near it ("within 30 days" of "settle"),
 * not by a word at the far end of a long sentence ("… waiver of waiting period").
 */
const MAX_BEFORE = 200;
const MAX_AFTER = 60;

/** Where another figure of the same text is written. */
export interface FigureSpan {
  at: number;
  length: number;
}

/**
 * The stretch of `text` around the figure written `raw` at `at` (its first occurrence when not
 * given), cut at the other figures `others`.
 */
export function figureStretch(text: string, raw: string, at?: number, others: readonly FigureSpan[] = []): FigureStretch {
  const start = at ?? text.toLowerCase().indexOf(raw.toLowerCase());
  if (start < 0) return { before: '', after: '' };
  const end = start + raw.length;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(PART_END)) {
    const k = m.index ?? 0;
    // "Rs. 50,000", "No. 5": an abbreviation's full stop is not the end of a part.
    if (/\b(?:rs|no|nos|sec|cl|art|e\.g|i\.e|etc|viz|approx|max|min|st|dr|mr|mrs|ms|co|ltd)$/i.test(text.slice(Math.max(0, k - 6), k))) continue;
    if (k < start) from = k + 1;
    else if (k >= end) {
      to = k;
      break;
    }
  }
  for (const o of others) {
    const oEnd = o.at + o.length;
    if (oEnd <= start && oEnd > from) from = oEnd;
    if (o.at >= end && o.at < to) to = o.at;
  }
  return { before: text.slice(Math.max(from, start - MAX_BEFORE), start), after: text.slice(start, Math.min(to, end + MAX_AFTER)) };
}

/** Whether a cue matches: a cue written to end at the figure (`…$`) reads the words before it only. */
function cueMatches(cue: RegExp, stretch: FigureStretch): boolean {
  return cue.source.endsWith('$') ? cue.test(stretch.before.trimEnd()) : cue.test(`${stretch.before}${stretch.after}`);
}

export interface RoleReading {
  row: FigureRoleRow;
  /** The cue that named it, or null when the DNA stage's role stood in. */
  cue: string | null;
}

/**
 * The role of a figure of `kind`: the first row whose cues match its stretch (and none of whose
 * `unless` phrases do), else the row standing for the DNA stage's role, else null.
 */
export function readFigureRole(kind: FigureKind, stretch: FigureStretch, dnaRole: string | null): RoleReading | null {
  for (const row of FIGURE_ROLES) {
    if (!row.kinds.includes(kind)) continue;
    const cue = row.cues.find((c) => cueMatches(c, stretch));
    if (!cue) continue;
    if (row.unless?.some((u) => u.test(`${stretch.before}${stretch.after}`))) continue;
    return { row, cue: cue.source };
  }
  if (dnaRole === null) return null;
  const standing = FIGURE_ROLES.find((row) => row.kinds.includes(kind) && row.fromDna?.includes(dnaRole));
  return standing ? { row: standing, cue: null } : null;
}
