/**
 * The shape of a delta rule: every rule that sets a delta's direction, a change's materiality or a
 * cap on it is a named entry of the registry (registry.ts), with examples of real wording it fires
 * on and wording it must not fire on. The examples are run through the analysis by the registry's
 * test, so a rule that stops firing on its own example, or starts firing on the other, fails it.
 */
import type { ClauseType, Direction } from '@policydiff/contracts';

/**
 * Where a rule acts: on an aligned pair of clauses (`paired`: its figures, sentences, scope and
 * definitions, and how its deltas combine), on a clause only one document has (`one-sided`), or
 * on the list of changes once every change is built (`post-pass`).
 */
export type RuleScope = 'paired' | 'one-sided' | 'post-pass';

/** What a rule decides. */
export type RuleEffect = 'direction' | 'materiality' | 'cap' | 'status';

/** One clause of an example document: its text, and optionally what the earlier stages would say of it. */
export interface ExampleClause {
  text: string;
  /** The clause type, when the example is about a type the classifier would not infer from so short a text. */
  type?: ClauseType;
  heading?: string;
  /** The headings above it, outermost first (defaults to its heading). */
  headingPath?: readonly string[];
  /** Print it as a heading (a title above the clauses that follow). */
  asHeading?: boolean;
  /** Print it as an item of a list (a bullet under a lead-in). */
  asListItem?: boolean;
}

/** A document of an example: one clause's text, several clauses, or nothing (the clause is one-sided). */
export type ExampleSide = string | ExampleClause | readonly ExampleClause[] | null;

export interface RuleExample {
  a: ExampleSide;
  b: ExampleSide;
  /** The type of every clause of the example that does not name its own. */
  type?: ClauseType;
  /** What a reader should see in it, and where the wording comes from. */
  note?: string;
}

export interface RuleEntry {
  /** Stable id, `<scope>.<name>`: what `rule` holds in the result. */
  id: string;
  scope: RuleScope;
  /** What the rule reads, in one line. */
  title: string;
  /** What it decides. */
  effects: readonly RuleEffect[];
  /** The direction it gives, when it always gives the same one. */
  direction?: Direction;
  /** A materiality cap it applies: its name in the code and the highest score it leaves. */
  cap?: { name: string; max: number };
  /** Why the rule is right, with the domain reference (shared/DOMAIN.md section) where there is one. */
  because: string;
  /** Examples it must fire on (at least one). */
  fires: readonly RuleExample[];
  /** Examples it must not fire on (at least one): the nearest wording it would be wrong on. */
  doesNotFire: readonly RuleExample[];
}
