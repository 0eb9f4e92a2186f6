/**
 * Which clauses are lines of a schedule, and what each line is called. A schedule line names a
 * figure: "Buildings sum insured: £500,000", "Premium S$96.30", "Travel delay (per 6 hours) S$100".
 * Layout reports most as table rows with a label; some arrive as plain paragraphs ("label amount"
 * with no separator it could split on), and a label too long for its column wraps onto a line of
 * its own above the row ("Business interruption indemnity" / "period: 12 months"). The label is
 * what a key figure is: it decides the figure's role (an excess, a premium, a tax) and pairs it
 * with the same figure of the other policy.
 */
import type { ClauseType } from '@policydiff/contracts';
import type { LayoutClause } from '../types.js';
import { normaliseText } from '../definitions/normalise-text.js';
import { parseMoney } from './parse-money.js';
import { parsePeriods } from './parse-periods.js';

/** Clause types a schedule line is classified as. */
const SCHEDULE_TYPES: ReadonlySet<ClauseType> = new Set(['schedule', 'excess', 'limit', 'sublimit', 'waiting_period']);
/** Words of a sentence, not of a label: "We will pay up to £500" is a clause that states a figure. */
const SENTENCE_WORDS = /\b(?:we|you|our|your|will|shall|must|may|pay|paid|payable|up to|is|are|be|been|if|unless|which|that)\b/i;
const MAX_LABEL_WORDS = 10;

function isLabelText(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  return (
    words.length > 0 &&
    words.length <= MAX_LABEL_WORDS &&
    /^\p{L}/u.test(text) &&
    !/[.;!?]/.test(text.replace(/\b[A-Z]\./g, '')) &&
    !SENTENCE_WORDS.test(text)
  );
}

/** "Premium S$96.30": a label then one figure that ends the line. */
function paragraphRowLabel(text: string): string | null {
  const money = parseMoney(text);
  const periods = money.length === 0 ? parsePeriods(text) : [];
  if (money.length + periods.length !== 1) return null;
  const start = money.length === 1 ? money[0].start : text.lastIndexOf(periods[0].raw);
  const end = money.length === 1 ? money[0].end : start + periods[0].raw.length;
  if (start <= 0 || !/^[\s.]*$/.test(text.slice(end))) return null;
  const label = text.slice(0, start).replace(/[\s:–-]+$/, '').trim();
  return isLabelText(label) ? label : null;
}

/**
 * The first line of a label that wrapped: a short line with no figure right above a row whose
 * own label continues it (starts in lower case, or closes a bracket the line opened).
 */
function wrappedLabelStart(previous: LayoutClause | undefined, row: LayoutClause, label: string): string | null {
  if (!previous || previous.kind === 'heading' || previous.kind === 'table_row' || previous.pageStart !== row.pageStart) return null;
  const text = normaliseText(previous.text);
  if (!isLabelText(text) || /\d/.test(text) || /[:–]$/.test(text)) return null;
  const opensBracket = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
  return /^\p{Ll}/u.test(label) || opensBracket ? text : null;
}

/**
 * The schedule label of each clause (null for clauses that are not schedule lines), and the
 * clauses whose text is only the first line of the next row's label.
 */
export function scheduleRowLabels(clauses: readonly LayoutClause[], types: readonly ClauseType[]): { labels: (string | null)[]; labelLines: Set<string> } {
  const labels: (string | null)[] = clauses.map(() => null);
  const labelLines = new Set<string>();
  clauses.forEach((clause, i) => {
    if (clause.kind === 'table_row' && clause.label) {
      const label = normaliseText(clause.label);
      const start = wrappedLabelStart(clauses[i - 1], clause, label);
      if (start) {
        labelLines.add(clauses[i - 1].id);
        labels[i] = `${start} ${label}`;
      } else {
        labels[i] = label;
      }
      return;
    }
    if ((clause.kind === 'paragraph' || clause.kind === 'list_item') && SCHEDULE_TYPES.has(types[i])) {
      labels[i] = paragraphRowLabel(normaliseText(clause.text));
    }
  });
  return { labels, labelLines };
}
