/**
 * How sure the summary can be that a definition was removed (or added). A term missing from one
 * document's definitions is often a term that document prints in a form extraction missed (a
 * table without bold, a term centred beside its wording). When that document has definitions of
 * its own and its counterparts of the clauses using the term still use it, "removed" is not
 * proven: the summary says what it found instead of asserting the removal.
 */
import type { Change, DefinitionChange } from '@policydiff/contracts';
import { termKey, tokenise } from '../definitions/term-key.js';

/** At least this many counterparts must still use the term before the removal is doubted. */
const MIN_STILL_USED = 2;
/** …and at least this share of the counterparts that exist. */
const MIN_STILL_USED_SHARE = 0.5;

export interface TermUseEvidence {
  /** Compared clauses using the term that have a counterpart in the other document. */
  counterparts: number;
  /** Of those, how many still use the term. */
  stillUsed: number;
}

/**
 * How a text writes the term: 'capital' when some use mid-sentence is capitalised (as defined
 * terms are in policies that capitalise them), 'plain' when it is used otherwise, null when absent.
 */
function termForm(text: string, keys: string[]): 'capital' | 'plain' | null {
  if (keys.length === 0) return null;
  const tokens = tokenise(text);
  let form: 'capital' | 'plain' | null = null;
  for (let i = 0; i + keys.length <= tokens.length; i++) {
    if (!keys.every((k, j) => tokens[i + j].key === k)) continue;
    if (tokens[i].capitalised && !tokens[i].sentenceStart) return 'capital';
    form = 'plain';
  }
  return form;
}

/**
 * For a removed term, whether B's counterparts of the clauses using it still use it; for an added
 * term, the same of A's. Null when the term was not added or removed, or when the document that
 * lacks the definition has no definitions at all (nothing to doubt the extraction by).
 */
export function termUseEvidence(d: DefinitionChange, changes: ReadonlyMap<string, Change>, lackingHasDefinitions: boolean): TermUseEvidence | null {
  if (d.status !== 'removed' && d.status !== 'added') return null;
  if (!lackingHasDefinitions) return null;
  const keys = termKey(d.term).split(' ').filter((k) => k.length > 0);
  let counterparts = 0;
  let stillUsed = 0;
  for (const id of d.impacted_change_ids) {
    const c = changes.get(id);
    const own = d.status === 'removed' ? c?.a : c?.b;
    const other = d.status === 'removed' ? c?.b : c?.a;
    if (!other) continue;
    counterparts += 1;
    // Where the defining document writes the term with a capital ("any Action brought …"), the
    // other must too: "take action" is the ordinary word, not the defined term.
    const ownForm = own ? termForm(own.text, keys) : null;
    const otherForm = termForm(other.text, keys);
    // A one-word term written in lower case ("take action") is as likely the ordinary word.
    const needsCapital = ownForm === 'capital' || keys.length === 1;
    if (otherForm !== null && (!needsCapital || otherForm === 'capital')) stillUsed += 1;
  }
  return { counterparts, stillUsed };
}

export function removalIsDoubtful(evidence: TermUseEvidence | null): boolean {
  return evidence !== null && evidence.stillUsed >= MIN_STILL_USED && evidence.stillUsed >= MIN_STILL_USED_SHARE * evidence.counterparts;
}
