/**
 * The policy at a glance: covers with their limits and excesses, exclusions, conditions, territory,
 * period and the key figures a reader compares first (sums insured, limits, excesses, premium, tax).
 */
import type { ClauseClassification, ClauseDna, LayoutClause, LayoutDocument, MoneyAmount, PolicyProfile } from '../types.js';
import { coverAreaOf, isGenericHeading } from '../classification/cover-area.js';
import { normaliseText } from '../definitions/normalise-text.js';
import { SUBJECTS } from './vocabulary.js';

const SUMMARY_CHARS = 200;

const TERRITORIES: readonly [string, RegExp][] = [
  ['Worldwide excluding USA and Canada', /\bworldwide,? (excluding|except|but not) (the )?(usa|united states|north america)/i],
  ['Worldwide', /\b(worldwide|world-wide|anywhere in the world)\b/i],
  ['Europe', /\beurope\b/i],
  ['British Isles', /\bbritish isles\b/i],
  ['United Kingdom', /\b(united kingdom|the uk|great britain)\b/i],
  ['India', /\bindia\b/i],
  ['Singapore', /\bsingapore\b/i],
  ['Australia', /\baustralian?\b/i],
  ['New Zealand', /\bnew zealand\b/i],
  ['Asia', /\basia\b/i],
];
/** A heading or row label that announces where cover applies: the strongest witness. */
const TERRITORY_TITLE = /\b(territor(y|ies|ial (limits?|scope))|geographical (limits?|limitations?|area|scope)|area of (cover|travel)|where (you are|are you) (covered|insured)|travel area)\b/i;
/** Wording about where cover applies. */
const TERRITORY_WORDING = /\b(territorial (limits?|scope)|geographical (limits?|limitations?|area|scope)|area of (cover|travel)|where (you are|are you) (covered|insured)|travel area)\b/i;
/** Weaker hints: a place named after "within the", "anywhere in the world", a region. */
const TERRITORY_HINT = /\b(territor(y|ial)|region|within the|anywhere in the world)\b/i;
const PERIOD_LABEL = /\b(period of (insurance|cover)|policy period|insurance period|policy term|term of (the )?policy)\b/i;

const ROLE_CATEGORY: Record<MoneyAmount['role'], PolicyProfile['keyFigures'][number]['category']> = {
  limit: 'limit',
  sublimit: 'sublimit',
  excess: 'excess',
  premium: 'premium',
  sum_insured: 'sum_insured',
  tax: 'tax',
  other: 'other',
};

export function firstSentence(text: string): string {
  const t = normaliseText(text);
  const m = /^(.+?[.!?])(?:\s+[A-Z(]|$)/.exec(t);
  const sentence = (m ? m[1] : t).trim();
  return sentence.length > SUMMARY_CHARS ? `${sentence.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : sentence;
}

/**
 * Where the policy covers: the place named under a "Territorial limits" / "Geographical
 * limitation" heading or row, else in wording about territorial limits, else after a weaker hint;
 * the first such clause in reading order wins within each level.
 */
function territoryOf(clauses: readonly LayoutClause[]): string | null {
  let best: { name: string; strength: number } | null = null;
  for (const clause of clauses) {
    const title = `${clause.label ?? ''} ${clause.headingPath.join(' ')}`;
    const strength = TERRITORY_TITLE.test(title) ? 3 : TERRITORY_WORDING.test(clause.text) ? 2 : TERRITORY_HINT.test(`${title} ${clause.text}`) ? 1 : 0;
    if (strength === 0 || (best && best.strength >= strength)) continue;
    const text = clause.value ?? clause.text;
    const found = TERRITORIES.find(([, pattern]) => pattern.test(text));
    if (found) best = { name: found[0], strength };
    if (best?.strength === 3) break;
  }
  return best?.name ?? null;
}

function periodOf(clauses: readonly LayoutClause[], dna: readonly ClauseDna[]): string | null {
  for (const clause of clauses) if (clause.kind === 'table_row' && clause.label && PERIOD_LABEL.test(clause.label) && clause.value) return normaliseText(clause.value);
  for (let i = 0; i < clauses.length; i++) {
    const found = dna[i].periods.find((p) => p.role === 'policy_period' && PERIOD_LABEL.test(clauses[i].text));
    if (found) return found.raw;
  }
  return null;
}

/** A schedule line that names no role is a limit, unless its label says it is a charge or a reference. */
const ROW_NOT_LIMIT = /\b(?:premium|tax|levy|gst|vat|ipt|stamp duty|fee|charge|cost of|number|no\.|reference)\b/i;

function categoryOf(amount: MoneyAmount, rowLabel: string | null): PolicyProfile['keyFigures'][number]['category'] {
  if (amount.role === 'other' && rowLabel !== null && !ROW_NOT_LIMIT.test(rowLabel)) return 'limit';
  return ROLE_CATEGORY[amount.role];
}

/** A subject longer than this is a stretch of sentence ("any award of damages made in your…"), not a name. */
const MAX_SUBJECT_WORDS = 5;
/** The most words a clause's opening name ("Accidental loss of heating oil and metered water") may have. */
const MAX_NAME_WORDS = 10;
/** The most words of a heading that names a figure ("Emergency transport and accommodation"). */
const MAX_HEADING_WORDS = 6;

/** The separator between the parts of a key figure's label ("Contents – valuables – sublimit"). */
const PART = ' – ';
/** The role parts labelFor and buildProfile append: money roles, percentage roles, and the waiting-period prefix. */
const ROLE_PARTS = new Set(['sum insured', 'limit', 'sublimit', 'excess', 'premium', 'tax', 'co-payment', 'co-insurance', 'limit-share']);
const WAITING_PART = 'waiting period';
const BASIS_SUFFIX = /\s\((per claim|per item|per period|per event|per person|per day|aggregate)\)$/;
/** Vocabulary names: a class of thing ("liability"), which a clause's own name can make specific. */
const VOCABULARY_SUBJECTS = new Set(SUBJECTS.map(([name]) => name));

/**
 * A subject that ran on into the next amount of its sentence ("for Buildings and £100,000 for
 * Contents" gives "Buildings and £100"): cut where the next amount begins.
 */
function cleanSubject(subject: string | null | undefined): string {
  return (subject ?? '')
    .replace(/\s+(?:and|or)\s+(?:up to\s+)?(?:[£$€₹]|rs\.?\s?|inr\s?)?\d.*$/i, '')
    .replace(/\s+(?:up to\b|[£$€₹]\s?\d).*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that open a sentence or a condition, not the name of a thing. */
const NOT_A_NAME = /^(?:we|you|your|our|the|this|that|these|those|it|if|any|each|every|per|up|limit|limits|cover|covers|provides?|maximum|a|an|in|for|of|or|and|to|there|where|when|less|plus|including|excluding|after|before|but|also|then|note|see|such|all|no|not|only|what|which|who|how)\b/i;
const VERB = /\b(?:we|you|will|would|is|are|be|been|pay|pays|paid|must|may|can|shall|should|was|were|has|have|means)\b/i;

/**
 * The name a short item gives its figure before stating it: "Credit cards up to £10,000",
 * "Jury service up to £25 a day or up to £5,000 for any one claim". An IPID or a benefit table
 * names each figure this way and nowhere else. Null for a sentence ("We will pay up to…").
 */
function openingName(text: string, firstAmount: string | undefined): string | null {
  if (!firstAmount) return null;
  const at = text.indexOf(firstAmount);
  if (at <= 0) return null;
  const name = text
    .slice(0, at)
    .replace(/(?:\s*\b(?:up to|of|upto|maximum|max\.?|limit(?: of)?|is)\b|[\s:–(-])+$/i, '')
    .trim();
  return isName(name, MAX_NAME_WORDS) ? name : null;
}

/** Ends of a phrase cut short ("Loss or damage to"). */
const DANGLING = /\b(?:to|of|for|the|a|an|and|or|by|with|from|in|on|at|under|than)$/i;

/**
 * Whether a phrase reads as the name of a thing: capitalised, at most `maxWords` words, no
 * sentence punctuation, quotes, figures or verbs, not opening or ending like a sentence fragment.
 */
function isName(phrase: string, maxWords: number): boolean {
  if (!/^[A-Z][a-z]/.test(phrase) || /[.;:!?()"✓✗]|\d|,$|(?:^|\s)'/.test(phrase)) return false;
  const words = phrase.split(/\s+/);
  if (words.length > maxWords) return false;
  // A capitalised "For" or "Up" inside is where a second sentence ran in ("Personal items For all vehicles…").
  if (words.slice(1).some((w) => /^[A-Z]/.test(w) && NOT_A_NAME.test(w))) return false;
  return !NOT_A_NAME.test(phrase) && !VERB.test(phrase) && !DANGLING.test(phrase);
}

/**
 * The nearest heading that names something other than the cover area and is not a generic title
 * ("Covered", "What is insured?"): NRMA's "Emergency transport and accommodation" above "We will
 * cover you up to a maximum of $1,500." The outermost heading is the document's or a part's title
 * ("Home Insurance"), which names no figure.
 */
function headingName(headingPath: readonly string[], area: string | null): string | null {
  for (let i = headingPath.length - 1; i >= 1; i--) {
    const heading = normaliseText(headingPath[i]).replace(/[:.]+$/, '').trim();
    if (heading.length === 0 || isGenericHeading(heading) || /^what (is|are) (not )?insured\??$/i.test(heading)) continue;
    if (!isName(heading, MAX_HEADING_WORDS)) return null;
    if (area && (heading.toLowerCase().includes(area.toLowerCase()) || coverAreaOf(heading) === area)) return null;
    return heading;
  }
  return null;
}

/** Whether the amount's subject is the "for …" phrase after it, rather than a word found near it. */
function statedAfter(text: string, raw: string, subject: string): boolean {
  const at = text.indexOf(raw);
  return at >= 0 && text.slice(at + raw.length, at + raw.length + 80).toLowerCase().includes(`for ${subject.toLowerCase()}`);
}

function containsWords(haystack: string, needle: string): boolean {
  const words = new Set(haystack.toLowerCase().match(/[a-z0-9]+/g) ?? []);
  const wanted = needle.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return wanted.length > 0 && wanted.every((w) => words.has(w.replace(/s$/, '')) || words.has(w) || words.has(`${w}s`));
}

/** What a clause offers to name its figures when their own words name nothing. */
interface ClauseNames {
  /** The clause's normalised text. */
  text: string;
  /** The item's own opening name ("Credit cards"). */
  opening: string | null;
  /** The nearest specific heading. */
  heading: string | null;
  /** The first peril the clause names ("escape of water"): what an excess most often applies to. */
  peril: string | null;
}

/**
 * What a figure is: a schedule line's own label; otherwise its cover area, what it applies to,
 * its role and its basis ("Contents – valuables – sublimit (per item)"), general to specific.
 * What it applies to is the amount's own subject ("for valuables"); a vocabulary class
 * ("liability") gives way to the item's opening name when that names it more closely ("Tenants
 * liability"); with no subject of its own, the opening name, else the nearest specific heading,
 * else (for an excess) the peril the clause names. So two figures of different things do not
 * share a label that names only a role or a cover area.
 */
function labelFor(rowLabel: string | null, area: string | null, amount: MoneyAmount, namesOf: () => ClauseNames): string {
  if (rowLabel !== null) return rowLabel;
  const names = namesOf();
  const parts: string[] = [];
  if (area) parts.push(area);
  const inArea = (s: string) => area !== null && area.toLowerCase().includes(s.toLowerCase());
  const stated = amount.subject?.trim() ?? '';
  let subject = stated.split(/\s+/).length > MAX_SUBJECT_WORDS ? '' : cleanSubject(stated);
  if (subject && (inArea(subject) || /^(?:items?|articles?|claims?|events?|persons?|loss(?:es)?|days?)$/i.test(subject))) subject = '';
  if (subject && names.opening && !containsWords(subject, names.opening)) {
    if (statedAfter(names.text, amount.raw, subject)) {
      // "Alternative accommodation up to £200,000 for Buildings": the section, then the item.
      if (!containsWords(names.opening, subject)) parts.push(subject);
      subject = names.opening;
    } else if (VOCABULARY_SUBJECTS.has(subject.toLowerCase()) && containsWords(names.opening, subject)) {
      // "Tenants liability up to £15,000": the item's own name is the closer one.
      subject = names.opening;
    }
  }
  if (!subject) subject = names.opening ?? names.heading ?? (amount.role === 'excess' ? names.peril : null) ?? '';
  if (subject && !inArea(subject) && !parts.some((p) => p.toLowerCase() === subject.toLowerCase())) parts.push(subject);
  parts.push(amount.role.replace('_', ' '));
  const label = parts.join(PART);
  return amount.basis ? `${label} (${amount.basis.replace('_', ' ')})` : label;
}

/** A key figure's label taken apart the way labelFor and buildProfile put it together. */
export interface FigureLabelParts {
  /**
   * What the figure applies to, general to specific ("Contents", "valuables"); a schedule line's
   * own label is one part (or several, split at " – " and at a table's " › "). Empty when the
   * label names only a role ("limit", "excess (per claim)", "waiting period").
   */
  subject: string[];
  /** The role part buildProfile appended ("sublimit", "co-payment", "waiting period"), or null. */
  role: string | null;
  /** The basis labelFor appended ("per item"), or null. */
  basis: string | null;
}

/**
 * Reads a key figure's label back into its parts. Role and basis parts are recognised only as
 * buildProfile writes them (lower case, last; "waiting period" first), so a schedule line called
 * "Excess" is a name, not a bare role. A table's column marker ("(column 2)") names nothing.
 */
export function figureLabelParts(label: string): FigureLabelParts {
  let rest = label.replace(/\s+/g, ' ').trim();
  let basis: string | null = null;
  const b = BASIS_SUFFIX.exec(rest);
  if (b) {
    basis = b[1];
    rest = rest.slice(0, b.index);
  }
  const parts = rest.split(/\s[–›]\s/).map((p) => p.replace(/\s*\(column \d+\)/gi, '').trim()).filter((p) => p.length > 0);
  let role: string | null = null;
  if (parts.length > 0 && parts[0] === WAITING_PART) role = parts.shift()!;
  else if (parts.length > 0 && ROLE_PARTS.has(parts[parts.length - 1])) role = parts.pop()!;
  return { subject: parts, role, basis };
}

/**
 * `rowLabels` names the schedule lines (schedule-rows.ts); by default a table row's own label.
 */
export function buildProfile(
  layout: LayoutDocument,
  classifications: readonly ClauseClassification[],
  dna: readonly ClauseDna[],
  rowLabels: readonly (string | null)[] = layout.clauses.map((c) => (c.kind === 'table_row' && c.label ? normaliseText(c.label) : null)),
): PolicyProfile {
  const covers = new Map<string, PolicyProfile['covers'][number]>();
  const exclusions: PolicyProfile['exclusions'] = [];
  const conditions: PolicyProfile['conditions'] = [];
  const keyFigures: PolicyProfile['keyFigures'] = [];
  const seenFigures = new Set<string>();

  layout.clauses.forEach((clause, i) => {
    const cls = classifications[i];
    const clauseDna = dna[i];
    if (cls.type === 'heading') return;
    if (cls.coverArea) {
      let cover = covers.get(cls.coverArea);
      if (!cover) {
        cover = { area: cls.coverArea, clauseIds: [], limits: [], excesses: [] };
        covers.set(cls.coverArea, cover);
      }
      cover.clauseIds.push(clause.id);
      for (const amount of clauseDna.amounts) {
        if (amount.role === 'excess') cover.excesses.push(amount);
        else if (amount.role === 'limit' || amount.role === 'sublimit' || amount.role === 'sum_insured') cover.limits.push(amount);
      }
    }
    if (cls.type === 'exclusion') exclusions.push({ clauseId: clause.id, summary: firstSentence(clause.text) });
    if (cls.type === 'condition' || cls.type === 'warranty') conditions.push({ clauseId: clause.id, summary: firstSentence(clause.text) });

    const rowLabel = rowLabels[i] ?? null;
    const isRow = rowLabel !== null;
    let names: ClauseNames | null = null;
    const namesOf = (): ClauseNames => {
      if (names) return names;
      const text = normaliseText(clause.text);
      return (names = {
        text,
        opening: openingName(text, clauseDna.amounts[0]?.raw),
        heading: headingName(clause.headingPath, cls.coverArea),
        peril: clauseDna.perils[0] ?? null,
      });
    };
    for (const amount of clauseDna.amounts) {
      if (!isRow && amount.role === 'other') continue;
      const label = labelFor(rowLabel, cls.coverArea, amount, namesOf);
      const key = `${label}\u0000${amount.value}`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: categoryOf(amount, rowLabel), value: amount.value, currency: amount.currency, text: amount.raw, page: clause.pageStart, clauseId: clause.id });
    }
    // A schedule line that states a period ("Indemnity period: 12 months") is a key figure in days,
    // so months and years compare with days (a month counts 30 days).
    if (isRow && clauseDna.amounts.length === 0 && clauseDna.percentages.length === 0 && clauseDna.periods.length === 1) {
      const period = clauseDna.periods[0];
      const key = `${rowLabel}\u0000${period.days}d`;
      if (!seenFigures.has(key)) {
        seenFigures.add(key);
        keyFigures.push({ label: rowLabel, category: 'period', value: period.days, currency: null, text: period.raw, page: clause.pageStart, clauseId: clause.id });
      }
    }
    for (const pct of clauseDna.percentages) {
      if (pct.role === 'other' && !isRow) continue;
      const label = isRow ? rowLabel : [cls.coverArea, pct.role.replace('_', '-')].filter(Boolean).join(' – ');
      const key = `${label}\u0000${pct.value}%`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: 'percentage', value: pct.value, currency: null, text: pct.raw, page: clause.pageStart, clauseId: clause.id });
    }
    for (const period of clauseDna.periods) {
      if (period.role !== 'waiting_period') continue;
      const about = clauseDna.perils[0] ?? cls.coverArea;
      const label = about ? `waiting period – ${about}` : 'waiting period';
      const key = `${label}\u0000${period.days}d`;
      if (seenFigures.has(key)) continue;
      seenFigures.add(key);
      keyFigures.push({ label, category: 'period', value: period.days, currency: null, text: period.raw, page: clause.pageStart, clauseId: clause.id });
    }
  });

  return {
    title: layout.title,
    covers: [...covers.values()],
    exclusions,
    conditions,
    territory: territoryOf(layout.clauses),
    period: periodOf(layout.clauses, dna),
    keyFigures,
  };
}
