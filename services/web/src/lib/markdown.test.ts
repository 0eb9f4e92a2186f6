import { describe, expect, it } from 'vitest';
import { changeIdFromHref, inlineText, parseInline, parseMarkdown } from './markdown';

describe('narrative markdown', () => {
  it('parses headings, paragraphs joined across lines, and lists', () => {
    const blocks = parseMarkdown('# Title\n\nOne\ntwo.\n\n- a\n- b\n  continued\n\n1. first\n2) second');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', children: [{ kind: 'text', text: 'One two.' }] });
    const list = blocks[2] as Extract<(typeof blocks)[number], { kind: 'list' }>;
    expect(list.items.map(inlineText)).toEqual(['a', 'b continued']);
    expect((blocks[3] as typeof list).ordered).toBe(true);
  });

  it('parses bold, italic, code and links, and keeps HTML as text', () => {
    expect(parseInline('**bold** and *it* `x` [see](#change-c1) <b>')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'bold' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'em', children: [{ kind: 'text', text: 'it' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'x' },
      { kind: 'text', text: ' ' },
      { kind: 'link', href: '#change-c1', children: [{ kind: 'text', text: 'see' }] },
      { kind: 'text', text: ' <b>' },
    ]);
  });

  it('recognises links to changes in their several spellings', () => {
    expect(changeIdFromHref('#change-c1')).toBe('c1');
    expect(changeIdFromHref('change:c-9')).toBe('c-9');
    expect(changeIdFromHref('#/jobs/j/changes/c%202')).toBe('c 2');
    expect(changeIdFromHref('https://example.com')).toBeNull();
  });
});
