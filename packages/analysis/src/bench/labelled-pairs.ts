/**
 * Which real pairs are labelled by hand, read from shared/corpus/labels.json rather than listed in
 * the code: a pair labelled tomorrow is scored without a code change. A pair whose `label_scope`
 * starts with "complete" holds every material change, so its precision means something; any
 * other scope (S6: the top 35 only) gets recall, direction and cosmetic false positives only.
 * score.py draws the same line with the same test.
 */
import type { Direction, Materiality } from '@policydiff/contracts';

/** A material (non-cosmetic) label, with what the verdict and the attribution need of it. */
export interface MaterialLabel {
  id: string;
  direction: Direction;
  materiality: Materiality;
  /** The label's verbatim phrases on the A and B side (null where the side has none). */
  keyPhraseA: string | null;
  keyPhraseB: string | null;
}

export interface LabelledPair {
  id: string;
  /** labels.json `pairs[id].label_scope`, as written. */
  scope: string;
  complete: boolean;
  material: MaterialLabel[];
}

const DIRECTIONS: readonly string[] = ['broader', 'narrower', 'neutral', 'ambiguous'];
const MATERIALITIES: readonly string[] = ['high', 'medium', 'low'];

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function isCompleteScope(scope: string): boolean {
  return scope.trim().toLowerCase().startsWith('complete');
}

/** "S9" → 9, so S10 sorts after S9. */
const pairNumber = (id: string): number => Number(/\d+/.exec(id)?.[0] ?? Number.POSITIVE_INFINITY);

/**
 * The labelled pairs of a labels.json document: those with at least one material label, complete
 * ones first, then by pair number. Labels with a direction or materiality outside the enums are
 * left out rather than guessed at.
 */
export function parseLabelledPairs(doc: unknown): LabelledPair[] {
  if (!isObject(doc)) return [];
  const pairs = isObject(doc.pairs) ? doc.pairs : {};
  const changes = Array.isArray(doc.changes) ? doc.changes.filter(isObject) : [];
  const out: LabelledPair[] = [];
  for (const [id, info] of Object.entries(pairs)) {
    const scope = isObject(info) && typeof info.label_scope === 'string' ? info.label_scope : '';
    const material = changes
      .filter((c) => c.pair === id && c.cosmetic !== true)
      .filter((c) => typeof c.id === 'string' && DIRECTIONS.includes(c.direction as string) && MATERIALITIES.includes(c.materiality as string))
      .map((c) => ({
        id: c.id as string,
        direction: c.direction as Direction,
        materiality: c.materiality as Materiality,
        keyPhraseA: typeof c.key_phrase_a === 'string' ? c.key_phrase_a : null,
        keyPhraseB: typeof c.key_phrase_b === 'string' ? c.key_phrase_b : null,
      }));
    if (material.length === 0) continue;
    out.push({ id, scope, complete: isCompleteScope(scope), material });
  }
  return out.sort((x, y) => Number(y.complete) - Number(x.complete) || pairNumber(x.id) - pairNumber(y.id) || x.id.localeCompare(y.id));
}
