import type { Summary } from '@policydiff/contracts';
import { DIRECTION_SHAPES } from '../components/badge';
import { VERDICT_LABELS, VERDICT_TONE, VERDICT_WEIGHTS, verdictNote, verdictOf } from '../lib/verdict';

/**
 * The verdict above the headline, "Verdict: narrower", with the balance behind it in words (mixed
 * is explained, since it is not an average). A result stored before the verdict existed shows nothing.
 */
export function VerdictChip({ summary }: { summary: Summary }) {
  const verdict = verdictOf(summary);
  if (!verdict) return null;
  const tone = VERDICT_TONE[verdict];
  const note = verdictNote(summary);
  return (
    <p className="verdict-line" data-testid="verdict" data-verdict={verdict}>
      <span className={`badge dir-${tone} verdict-chip`} title={VERDICT_WEIGHTS}>
        <span aria-hidden="true">{DIRECTION_SHAPES[tone]}</span> Verdict: {VERDICT_LABELS[verdict].toLowerCase()}
      </span>
      {note && <span className="muted small verdict-note">{note}</span>}
    </p>
  );
}
