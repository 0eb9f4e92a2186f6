/**
 * Key figures from both policy profiles (sums insured, limits, excesses, premiums, taxes), paired
 * when they are the same figure, with the change and what it means for the insured.
 */
import type { Direction, KeyFigure } from '@policydiff/contracts';
import { figureLabelParts } from '../dna/build-profile.js';
import type { PolicyProfile } from '../types.js';
import { labelAffinity, labelWords, pairItems } from './item-pairing.js';

type ProfileFigure = PolicyProfile['keyFigures'][number];

/** A period the insured waits through before cover starts: longer is less cover. */
const WAITING = /\b(?:waiting|qualifying|deferred|deferment|excess period|time excess)\b/i;
/** A period over which cover runs or benefits are paid: longer is more cover. */
const COVER_PERIOD = /\b(?:indemnity period|period of (?:insurance|cover|indemnity)|benefit period|maximum period|cover period|trip duration|journey duration|grace period|free look)\b/i;

/**
 * Direction by the figure's role (DOMAIN.md §1): a higher sum insured, limit or sub-limit is more
 * cover, a higher excess less; premium and tax are price, not cover; a longer waiting period is
 * less cover, a longer cover or indemnity period more.
 */
function figureDirection(category: KeyFigure['category'], from: number | null, to: number | null, label = ''): Direction {
  if (from !== null && to !== null && from === to) return 'neutral';
  if (category === 'premium' || category === 'tax') return 'neutral';
  if (from === null || to === null) {
    if (category === 'excess') return to !== null ? 'narrower' : 'broader';
    return 'ambiguous';
  }
  const up = to > from;
  if (category === 'sum_insured' || category === 'limit' || category === 'sublimit') return up ? 'broader' : 'narrower';
  if (category === 'excess') return up ? 'narrower' : 'broader';
  if (category === 'period' && WAITING.test(label)) return up ? 'narrower' : 'broader';
  if (category === 'period' && COVER_PERIOD.test(label)) return up ? 'broader' : 'narrower';
  return 'ambiguous';
}

function value(f: ProfileFigure): KeyFigure['a'] {
  return { value: f.value, currency: f.currency, text: f.text, page: f.page };
}

function round(x: number, places: number): number {
  const scale = 10 ** places;
  return Math.round(x * scale) / scale;
}

/**
 * Position of each figure among the figures of its document that share its label and category:
 * "Medical Expenses – limit" may name S$15,000 first and S$500 second.
 */
function ranksWithinLabel(figures: ProfileFigure[]): Map<ProfileFigure, number> {
  const seen = new Map<string, number>();
  const ranks = new Map<ProfileFigure, number>();
  for (const f of figures) {
    const key = `${f.category}\u0000${f.label.toLowerCase()}`;
    const rank = seen.get(key) ?? 0;
    ranks.set(f, rank);
    seen.set(key, rank + 1);
  }
  return ranks;
}

/** The least word overlap (Jaccard) at which two subjects, or two cover areas, are the same. */
const MIN_SUBJECT_OVERLAP = 0.5;
/**
 * The most a figure can change, either way, between two differently labelled rows and still be the
 * same figure: "sublimit £25 → valuables £30,000" is two figures, not a 1,200-fold rise.
 */
const MAX_RATIO_ACROSS_LABELS = 10;

/**
 * Words that say what kind of figure a label names, not what it applies to: the roles (a schedule
 * line's own label carries its role: "Buildings sum insured"), "cover" and "benefit", and the small
 * words. Left in, "Buildings sum insured" and "Contents sum insured" would share two words in four.
 */
const NOT_SUBJECT = new Set([
  'sum', 'insured', 'assured', 'limit', 'limits', 'sublimit', 'sub', 'inner', 'excess', 'excesses', 'deductible', 'premium', 'tax',
  'amount', 'maximum', 'cover', 'benefit', 'benefits',
  'the', 'a', 'an', 'of', 'for', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'with', 'from', 'your', 'our', 'any', 'one', 'each', 'up',
]);

function subjectWords(part: string | undefined): Set<string> {
  return new Set([...labelWords(part)].filter((w) => !NOT_SUBJECT.has(w)));
}

/** What a figure's label says it is (figureLabelParts), in the words the pairing compares. */
interface FigureIdentity {
  /** The label's words in order, lower case: two labels are identical when these are. */
  words: string;
  /** Whether the label names what the figure applies to, not only its role. */
  named: boolean;
  /** What it applies to, most specifically: the label's last subject part ("valuables"). */
  subject: Set<string>;
  /** The parts before it ("Contents"), when the label has them. */
  area: Set<string>;
  /** Every subject part's words ("Contents – valuables"). */
  whole: Set<string>;
  role: string | null;
  basis: string | null;
}

function identityOf(label: string): FigureIdentity {
  const parts = figureLabelParts(label);
  return {
    words: [...(label.toLowerCase().match(/[a-z0-9]+/g) ?? [])].join(' '),
    named: parts.subject.length > 0,
    subject: subjectWords(parts.subject[parts.subject.length - 1]),
    area: subjectWords(parts.subject.slice(0, -1).join(' ')),
    whole: subjectWords(parts.subject.join(' ')),
    role: parts.role,
    basis: parts.basis,
  };
}

function overlap(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 && y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / (x.size + y.size - shared);
}

/**
 * A basis both labels state must agree; one unstated is taken to agree, except a daily rate, which
 * is never the same figure as a total ("$75 a day" against "$2,500 per claim" or "$2,500").
 */
function compatibleBasis(x: string | null, y: string | null): boolean {
  if (x === y) return true;
  if (x === 'per day' || y === 'per day') return false;
  return x === null || y === null;
}

function ratio(x: number, y: number): number {
  const low = Math.min(Math.abs(x), Math.abs(y));
  const high = Math.max(Math.abs(x), Math.abs(y));
  if (high === 0) return 1;
  return low === 0 ? Infinity : high / low;
}

/**
 * Whether two figures can be the same figure: the same category (role), the same subject (the
 * label's last subject part, by word overlap; a label naming only its role has the empty subject,
 * which matches only another), cover areas that agree where both labels name one, the same role part
 * (a co-payment is not a limit share) and a compatible basis. And not more than tenfold apart unless
 * the labels are identical and name a subject: a real "Buildings – excess" may go from £100 to
 * £1,000, but across labels such a jump is two figures, and a label that names only a role ("limit")
 * identifies nothing, so its identical twin is held to the same bound.
 */
export function sameFigure(a: ProfileFigure, b: ProfileFigure): boolean {
  return a.category === b.category && sameIdentity(a, b, identityOf(a.label), identityOf(b.label));
}

function sameIdentity(a: ProfileFigure, b: ProfileFigure, x: FigureIdentity, y: FigureIdentity): boolean {
  if (overlap(x.subject, y.subject) < MIN_SUBJECT_OVERLAP || overlap(x.whole, y.whole) < MIN_SUBJECT_OVERLAP) return false;
  if (x.area.size > 0 && y.area.size > 0 && overlap(x.area, y.area) < MIN_SUBJECT_OVERLAP) return false;
  if (x.role !== null && y.role !== null && x.role !== y.role) return false;
  if (!compatibleBasis(x.basis, y.basis)) return false;
  const identical = x.words === y.words && x.named && y.named;
  return identical || ratio(a.value, b.value) <= MAX_RATIO_ACROSS_LABELS;
}

/**
 * Figures pair when they are the same figure (sameFigure). Several figures under one label (two
 * limits of one cover) pair like with like: the same value first, then the same place in the list,
 * so two unchanged limits are never reported as changed into each other. A figure with no partner
 * is one-sided (a: null or b: null).
 */
export function compareKeyFigures(figuresA: ProfileFigure[], figuresB: ProfileFigure[]): KeyFigure[] {
  const rankA = ranksWithinLabel(figuresA);
  const rankB = ranksWithinLabel(figuresB);
  const identities = new Map<string, FigureIdentity>();
  const identity = (label: string): FigureIdentity => {
    let id = identities.get(label);
    if (!id) identities.set(label, (id = identityOf(label)));
    return id;
  };
  const wordsOf = new Map<string, Set<string>>();
  const words = (label: string): Set<string> => {
    let w = wordsOf.get(label);
    if (!w) wordsOf.set(label, (w = labelWords(label)));
    return w;
  };
  // A long wording has thousands of figures, so they are not compared all against all. Subjects
  // match at word overlap (Jaccard) >= 0.5, or when both are empty. Prefix filtering finds every
  // such pair exactly: with each subject's words in one global order (rarest first), two subjects
  // with overlap >= t share a word among the first |x| - ceil(t|x|) + 1 words of each.
  const frequency = new Map<string, number>();
  for (const f of [...figuresA, ...figuresB]) for (const w of identity(f.label).subject) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const keysOf = (f: ProfileFigure): string[] => {
    const subject = identity(f.label).subject;
    if (subject.size === 0) return [`${f.category}\u0000=`];
    const ordered = [...subject].sort((x, y) => frequency.get(x)! - frequency.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = ordered.slice(0, ordered.length - Math.ceil(MIN_SUBJECT_OVERLAP * ordered.length) + 1);
    return prefix.map((w) => `${f.category}\u0000${w}`);
  };
  const indexB = new Map<string, number[]>();
  figuresB.forEach((f, j) => {
    for (const key of keysOf(f)) {
      const list = indexB.get(key);
      if (list) list.push(j);
      else indexB.set(key, [j]);
    }
  });
  // In B's order, as when every figure was scored: ties in the assignment resolve the same way.
  const candidates = (a: ProfileFigure): number[] => [...new Set(keysOf(a).flatMap((key) => indexB.get(key) ?? []))].sort((x, y) => x - y);
  const paired = pairItems(
    figuresA,
    figuresB,
    (a, b) => {
      if (a.category !== b.category || !sameIdentity(a, b, identity(a.label), identity(b.label))) return null;
      const label = labelAffinity(a.label, b.label, words);
      const sameValue = a.value === b.value ? 0.1 : 0;
      const samePlace = rankA.get(a) === rankB.get(b) ? 0.05 : 0;
      return 0.5 + 0.35 * label + sameValue + samePlace;
    },
    0.5,
    candidates,
  );
  const out: KeyFigure[] = [];
  for (const { a, b } of paired.pairs) {
    const sameCurrency = a.currency === b.currency || a.currency === null || b.currency === null;
    out.push({
      label: b.label,
      category: b.category,
      a: value(a),
      b: value(b),
      change_abs: sameCurrency ? round(b.value - a.value, 2) : null,
      change_pct: sameCurrency && a.value !== 0 ? round(((b.value - a.value) / a.value) * 100, 1) : null,
      direction: sameCurrency ? figureDirection(b.category, a.value, b.value, b.label) : 'ambiguous',
    });
  }
  for (const a of paired.onlyA) {
    out.push({ label: a.label, category: a.category, a: value(a), b: null, change_abs: null, change_pct: null, direction: figureDirection(a.category, a.value, null) });
  }
  for (const b of paired.onlyB) {
    out.push({ label: b.label, category: b.category, a: null, b: value(b), change_abs: null, change_pct: null, direction: figureDirection(b.category, null, b.value) });
  }
  return out;
}
