import { describe, expect, it } from 'vitest';
import { change } from '../test/fixture-result';
import { changeTitle, leadTitle, shortSection } from './change-title';

const ref = (section: string | null, heading: string | null, text: string) => ({ clause_id: 'c9', section, heading, page_start: 1, page_end: 1, text });

describe('change titles', () => {
  it('names a clause by its innermost section and its own title', () => {
    expect(changeTitle(change({ id: 'x', b: ref('Section 2 › 2.2', 'What is covered', 'Curtailment. If you have to cut short…') }))).toBe('2.2 Curtailment');
    expect(changeTitle(change({ id: 'x', a: ref('4.2', 'Flood', 'We will pay for flood damage up to the limit.') }))).toBe('4.2 Flood');
    expect(changeTitle(change({ id: 'x', a: ref(null, null, 'We will pay for flood damage up to the limit shown in the schedule.') }))).toBe('We will pay for flood damage up to the…');
    expect(changeTitle(change({ id: 'x' }))).toBe('x');
  });

  it('takes a lead title only when it is short and capitalised', () => {
    expect(leadTitle('Hospital cash allowance. We will pay')).toBe('Hospital cash allowance');
    expect(leadTitle('we will pay for the following. Then')).toBeNull();
    expect(leadTitle('No title here at all')).toBeNull();
    expect(shortSection('Section 1 › 1.1')).toBe('1.1');
    expect(shortSection(null)).toBeNull();
  });
});
