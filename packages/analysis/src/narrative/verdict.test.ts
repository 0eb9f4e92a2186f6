import { describe, expect, it } from 'vitest';
import { verdictOf, weighBalance, type WeighedChange } from './verdict.js';

const c = (direction: WeighedChange['direction'], materiality: WeighedChange['materiality']): WeighedChange => ({ direction, materiality });

describe('the headline verdict', () => {
  it('weighs changes by materiality and ignores neutral and ambiguous ones', () => {
    expect(weighBalance([c('broader', 'high'), c('narrower', 'medium'), c('narrower', 'low'), c('ambiguous', 'high'), c('neutral', 'high')])).toEqual({
      broader: 3,
      narrower: 3,
      high_broader: 1,
      high_narrower: 0,
    });
  });

  it('names the side that outweighs the other, even against a high change when it does so twice over', () => {
    expect(verdictOf(weighBalance([c('narrower', 'high'), c('narrower', 'medium'), c('broader', 'low')]))).toBe('narrower');
    expect(verdictOf(weighBalance([c('broader', 'high'), c('narrower', 'high'), c('narrower', 'high')]))).toBe('narrower');
    expect(verdictOf(weighBalance([c('broader', 'medium'), c('broader', 'medium'), c('narrower', 'low')]))).toBe('broader');
  });

  it('is mixed when both sides carry high changes and neither outweighs the other twice over, or on a tie', () => {
    expect(verdictOf(weighBalance([c('broader', 'high'), c('narrower', 'high'), c('narrower', 'medium')]))).toBe('mixed');
    expect(verdictOf(weighBalance([c('broader', 'medium'), c('narrower', 'medium')]))).toBe('mixed');
  });

  it('finds no material change when nothing points either way', () => {
    expect(verdictOf(weighBalance([c('neutral', 'high'), c('ambiguous', 'medium')]))).toBe('no_material_change');
  });
});
