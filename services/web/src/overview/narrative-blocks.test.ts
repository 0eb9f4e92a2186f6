import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../lib/markdown';
import { bulletFor, bulletIndex, trimNarrative } from './narrative-blocks';

describe('narrative blocks', () => {
  it('drops the title and a paragraph that repeats the headline', () => {
    const blocks = trimNarrative(parseMarkdown('# a.pdf → b.pdf\n\n**Cover is narrower**\n\nDetails.'), 'Cover is  narrower');
    expect(blocks).toEqual([{ kind: 'paragraph', children: [{ kind: 'text', text: 'Details.' }] }]);
  });

  it('finds the change ids of the bullet a list item states', () => {
    const index = bulletIndex([{ text: 'Narrower (high): flood  limit', severity: 'high', direction: 'narrower', change_ids: ['c1'] }]);
    expect(bulletFor(index, 'narrower (high): flood limit')).toEqual(['c1']);
    expect(bulletFor(index, 'something else')).toBeNull();
  });
});
