import { describe, expect, it } from 'vitest';
import { isOpsRoute } from './ops-route';

describe('ops route', () => {
  it('matches the ops route only', () => {
    expect(isOpsRoute('#/ops')).toBe(true);
    expect(isOpsRoute('#ops/')).toBe(true);
    expect(isOpsRoute('#/ops/x')).toBe(false);
    expect(isOpsRoute('#/history')).toBe(false);
  });
});
