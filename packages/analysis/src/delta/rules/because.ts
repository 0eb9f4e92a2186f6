/**
 * The one line a delta carries to say why it has its direction ("insurer's settlement deadline
 * shortened 30 days → 15 days → broader"): what the rule read, then the direction it gave.
 */
import type { Direction } from '@policydiff/contracts';

export function because(reading: string, direction: Direction): string {
  return `${reading.replace(/\s+/g, ' ').trim()} → ${direction}`;
}

/** "£1,000 → £2,000", "drops £250", "adds 30 days": a figure's change in the documents' own words. */
export function figureChange(from: string | null, to: string | null): string {
  if (from !== null && to !== null) return `${from} → ${to}`;
  return from !== null ? `drops ${from}` : `adds ${to}`;
}
