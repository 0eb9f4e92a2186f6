import type { ClauseType } from '@policydiff/contracts';
import { describe, expect, it } from 'vitest';
import { type StreamClause, findDisplacedText } from './displaced-text.js';

let next = 0;
function clause(text: string, type: ClauseType = 'condition', heading = false): StreamClause {
  next += 1;
  return { id: `c${next}`, text, type: heading ? 'heading' : type, heading };
}

describe('findDisplacedText', () => {
  it('finds a paragraph whose words the other document prints as two heading lines', () => {
    const query = clause('Sub-limits Sections extended under this section 12', 'coverage_grant');
    const other = [
      clause('The most we will pay is shown below.', 'limit'),
      clause('Sub-limits', 'heading', true),
      clause('Sections extended under this section 12', 'heading', true),
    ];
    const found = findDisplacedText([query], [query], other);
    expect(found.get(query.id)).toEqual({ otherId: other[1].id, inHeading: true });
  });

  it('ignores dashes, quotes and case between the two documents', () => {
    const query = clause('Payment before cover warranty This applies if you are an individual', 'warranty');
    const other = [clause('Payment before cover warranty \u2013 This applies if you are an individual', 'heading', true)];
    expect(findDisplacedText([query], [query], other).has(query.id)).toBe(true);
  });

  it('finds an item split off a clause of the same polarity', () => {
    const query = clause('the use of the home for any business, trade or profession', 'exclusion');
    const other = [clause('We will not pay for: an agreement you made; the use of the home for any business, trade or profession', 'exclusion')];
    const found = findDisplacedText([query], [query], other);
    expect(found.get(query.id)).toEqual({ otherId: other[0].id, inHeading: false });
  });

  it('keeps a clause that repeats wording its own document already prints as often as the other', () => {
    const wording = 'any claim arising from a cyber attack on your computer';
    const query = clause(`We will not pay ${wording}.`, 'exclusion');
    const own = [clause(`Under this section we will not pay ${wording} or its software.`, 'exclusion'), query];
    const other = [clause(`Under this section we will not pay ${wording} or its software.`, 'exclusion')];
    expect(findDisplacedText([query], own, other).size).toBe(0);
  });

  it('keeps words that moved from a cover into an exclusion: the same words cut the other way', () => {
    const query = clause('loss or damage caused by terrorism or sabotage', 'exclusion');
    const other = [clause('We will pay for loss or damage caused by terrorism or sabotage up to £5,000.', 'coverage_grant')];
    expect(findDisplacedText([query], [query], other).size).toBe(0);
  });

  it('never calls a short clause displaced, and needs the words in order and together', () => {
    const short = clause('Flood or storm damage', 'exclusion');
    const scattered = clause('loss caused by storm flood or frost damage', 'exclusion');
    const other = [
      clause('We will not pay for flood or storm damage to gates.', 'exclusion'),
      clause('We will not pay for loss to gates caused by a storm, or for any flood damage, or for frost damage.', 'exclusion'),
    ];
    expect(findDisplacedText([short, scattered], [short, scattered], other).size).toBe(0);
  });

  it('takes nearly the same words (one word in seven changed or swapped) as displaced, and says so', () => {
    const item = clause('loss caused by storm flood or frost damage to gates', 'exclusion');
    const other = [clause('We will not pay for loss caused by flood storm or frost damage to gates and fences.', 'exclusion')];
    expect(findDisplacedText([item], [item], other).get(item.id)).toMatchObject({ near: true });
  });
});
