import { describe, expect, it } from 'vitest';
import { findRestatements } from './restatements.js';

const others = [
  { id: 'b1', text: 'The amount of the excess shown in your schedule.' },
  {
    id: 'b2',
    text: 'Timber framed extensions. We will pay the reasonable cost of removing debris and demolishing or shoring up timber framed extensions following escape of oil, up to £7,500, provided that all external doors are locked.',
  },
];

describe('findRestatements', () => {
  it('finds the copy of a clause the other document states elsewhere', () => {
    const found = findRestatements([{ id: 'a1', text: 'The amount of the excess shown in your schedule.' }], others);
    expect(found.get('a1')).toMatchObject({ otherId: 'b1' });
  });

  it('does not take a near-copy that states other figures for a restatement', () => {
    const removed = {
      id: 'a2',
      text: 'Timber framed extensions. We will pay the reasonable cost of removing debris and demolishing or shoring up timber framed extensions following fire, smoke or lightning, up to £2,500, provided that all external doors are locked.',
    };
    expect(findRestatements([removed], others).has('a2')).toBe(false);
    // The same wording with the same figure is a restatement.
    expect(findRestatements([{ ...removed, text: removed.text.replace('£2,500', '£7,500') }], others, 0.7).get('a2')).toMatchObject({ otherId: 'b2' });
  });
});
