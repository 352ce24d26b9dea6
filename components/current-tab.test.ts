import { describe, expect, it } from 'vitest';
import { tabOverride } from './current-tab';

describe('tabOverride (test-only popup.html?tab=<id>)', () => {
  it('reads a tab id', () => {
    expect(tabOverride('?tab=42')).toBe(42);
    expect(tabOverride('?q=x&tab=7')).toBe(7);
  });

  it('ignores anything that is not a plain tab id', () => {
    for (const search of ['', '?tab=', '?tab=-1', '?tab=1e3', '?tab=abc', '?tab=12345678901', '?tab=4%200']) {
      expect(tabOverride(search), search).toBeUndefined();
    }
  });
});
