/**
 * Scores the reported changes of one generated pair against its planted edits.
 *
 * - An edit is DETECTED when a change with the right status touches its key phrase on the right
 *   side (the rule of shared/tools/score.py): added → an added change holding the B phrase, or a
 *   modified change whose diff inserts it; removed → the mirror image; modified → a modified or
 *   moved change touching either phrase, or a removed + added pair touching both.
 * - DIRECTION is right when one of the detecting changes carries the expected direction itself
 *   (not merely in one of its deltas: the change's direction is what the summary reports).
 * - A flagged change (high or medium, not unchanged) is a TRUE POSITIVE when it touches a
 *   material edit's phrase on either side; otherwise it is a false positive, including one that
 *   touches only a cosmetic, moved or renumbered edit.
 * - A cosmetic edit is a FALSE POSITIVE when a flagged change with a non-neutral direction
 *   touches its phrase.
 */
import type { Change, Direction } from '@policydiff/contracts';
import type { EditTruth } from '@policydiff/testkit';
import { prepareText } from './phrase-match.js';
import { touchesSide, type MatchOptions, type PreparedChange, type Quote } from './prepared-change.js';

export interface EditScore {
  kind: EditTruth['kind'];
  material: boolean;
  expectedStatus: EditTruth['expectedStatus'];
  expectedDirection: EditTruth['expectedDirection'];
  detected: boolean;
  /** Detected by a change that is also flagged high or medium. */
  detectedFlagged: boolean;
  /** null when not detected. */
  directionOk: boolean | null;
  /** Directions the detecting changes reported. */
  reportedDirections: Direction[];
  matchedChangeIds: string[];
  /** Flagged changes touching this edit that are not a correct detection of it (wrong status, or any flag of a non-material edit). */
  wrongFlags: number;
  /** Cosmetic edits only: reported as material with a direction. */
  cosmeticFalsePositive: boolean;
  description: string;
}

export interface FalsePositive {
  changeId: string;
  status: Change['status'];
  clauseType: Change['clause_type'];
  materiality: Change['materiality'];
  direction: Direction;
  page: number | null;
  text: string;
}

export interface EditsScore {
  edits: EditScore[];
  /** Flagged changes (high/medium, not unchanged). */
  flagged: number;
  /** Flagged changes touching a material edit. */
  flaggedTrue: number;
  falsePositives: FalsePositive[];
}

interface EditQuotes {
  edit: EditTruth;
  a: Quote | null;
  b: Quote | null;
}

function quotesOf(edit: EditTruth): EditQuotes {
  return {
    edit,
    a: edit.a ? { phrase: prepareText(edit.a.keyPhrase), page: edit.a.page } : null,
    b: edit.b ? { phrase: prepareText(edit.b.keyPhrase), page: edit.b.page } : null,
  };
}

function touchesEither(change: PreparedChange, quotes: EditQuotes, options: MatchOptions): boolean {
  return touchesSide(change, 'a', quotes.a, options) || touchesSide(change, 'b', quotes.b, options);
}

/** The changes that report this edit with the right status (see the module comment). */
export function detectingChanges(quotes: EditQuotes, changes: readonly PreparedChange[], options: MatchOptions): PreparedChange[] {
  const live = changes.filter((c) => c.change.status !== 'unchanged');
  const status = quotes.edit.expectedStatus;
  if (status === 'added' || status === 'removed') {
    const side = status === 'added' ? 'b' : 'a';
    const quote = quotes[side];
    return live.filter(
      (c) => (c.change.status === status && touchesSide(c, side, quote, options)) || (c.change.status === 'modified' && touchesSide(c, side, quote, options, true)),
    );
  }
  if (status === 'unchanged') return [];
  const wanted = status === 'moved' ? ['moved'] : ['modified', 'moved'];
  const hits = live.filter((c) => wanted.includes(c.change.status) && touchesEither(c, quotes, options));
  if (hits.length > 0 || status === 'moved') return hits;
  const removed = live.filter((c) => c.change.status === 'removed' && touchesSide(c, 'a', quotes.a, options));
  const added = live.filter((c) => c.change.status === 'added' && touchesSide(c, 'b', quotes.b, options));
  if (quotes.a && quotes.b) return removed.length > 0 && added.length > 0 ? [...removed, ...added] : [];
  return [...removed, ...added];
}

function falsePositiveOf(c: PreparedChange): FalsePositive {
  const ref = c.change.b ?? c.change.a;
  return {
    changeId: c.change.id,
    status: c.change.status,
    clauseType: c.change.clause_type,
    materiality: c.change.materiality,
    direction: c.change.direction,
    page: ref?.page_start ?? null,
    text: (ref?.text ?? '').slice(0, 160),
  };
}

export function scoreEdits(edits: readonly EditTruth[], changes: readonly PreparedChange[], options: MatchOptions): EditsScore {
  const quotes = edits.map(quotesOf);
  const flagged = changes.filter((c) => c.flagged);

  const scores: EditScore[] = quotes.map((q) => {
    const hits = detectingChanges(q, changes, options);
    const hitIds = new Set(hits.map((h) => h.change.id));
    const touching = flagged.filter((c) => touchesEither(c, q, options));
    const reportedDirections = [...new Set(hits.map((h) => h.change.direction))];
    const detected = hits.length > 0;
    return {
      kind: q.edit.kind,
      material: q.edit.material,
      expectedStatus: q.edit.expectedStatus,
      expectedDirection: q.edit.expectedDirection,
      detected,
      detectedFlagged: hits.some((h) => h.flagged),
      directionOk: detected ? reportedDirections.includes(q.edit.expectedDirection) : null,
      reportedDirections,
      matchedChangeIds: [...hitIds],
      wrongFlags: q.edit.material ? touching.filter((c) => !hitIds.has(c.change.id)).length : touching.length,
      cosmeticFalsePositive: q.edit.kind === 'cosmetic_rewording' && touching.some((c) => c.change.direction !== 'neutral'),
      description: q.edit.description,
    };
  });

  const material = quotes.filter((q) => q.edit.material);
  const falsePositives: FalsePositive[] = [];
  let flaggedTrue = 0;
  for (const c of flagged) {
    if (material.some((q) => touchesEither(c, q, options))) flaggedTrue++;
    else falsePositives.push(falsePositiveOf(c));
  }
  return { edits: scores, flagged: flagged.length, flaggedTrue, falsePositives };
}
