import { describe, expect, it } from 'vitest';
import { clearFalseCi } from '../../src/ui/theme.js';

describe('clearFalseCi', () => {
  it('removes CI variables that say false or 0, and keeps real ones', () => {
    const env: Record<string, string | undefined> = { CI: 'false', CONTINUOUS_INTEGRATION: '0', HOME: '/h' };
    clearFalseCi(env);
    expect(env).toEqual({ HOME: '/h' });
    for (const v of ['true', '1', '', 'yes']) {
      const on: Record<string, string | undefined> = { CI: v };
      clearFalseCi(on);
      expect(on).toEqual({ CI: v });
    }
    const upper: Record<string, string | undefined> = { CI: 'FALSE' };
    clearFalseCi(upper);
    expect(upper).toEqual({});
  });
});
