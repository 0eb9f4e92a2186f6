import type { ChangeStatus, Direction, Materiality } from '@policydiff/contracts';
import { DIRECTION_LABELS, MATERIALITY_LABELS, STATUS_LABELS } from '../lib/taxonomy';

/** The shape beside each direction's colour, so a badge never speaks by colour alone. */
export const DIRECTION_SHAPES: Record<Direction, string> = { narrower: '▼', broader: '▲', neutral: '●', ambiguous: '◆' };

/** Direction of cover: colour plus a shape and a word, never colour alone. */
export function DirectionBadge({ direction, short = false }: { direction: Direction; short?: boolean }) {
  return (
    <span className={`badge dir-${direction}`}>
      <span aria-hidden="true">{DIRECTION_SHAPES[direction]}</span> {short ? direction : DIRECTION_LABELS[direction]}
    </span>
  );
}

export function MaterialityBadge({ materiality }: { materiality: Materiality }) {
  return <span className={`badge mat-${materiality}`}>{MATERIALITY_LABELS[materiality]}</span>;
}

export function StatusBadge({ status }: { status: ChangeStatus }) {
  return <span className={`badge status-${status}`}>{STATUS_LABELS[status]}</span>;
}
