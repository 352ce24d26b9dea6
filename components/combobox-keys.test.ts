import { describe, expect, it } from 'vitest';
import { type ComboboxKey, comboboxAction } from './combobox-keys';

const key = (k: string, extra: Partial<ComboboxKey> = {}): ComboboxKey => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  isComposing: false,
  ...extra,
});

describe('comboboxAction', () => {
  const state = { count: 3, active: 0, query: 'mq' };

  it('moves down and up, wrapping at both ends', () => {
    expect(comboboxAction(key('ArrowDown'), state)).toEqual({ kind: 'move', index: 1 });
    expect(comboboxAction(key('ArrowDown'), { ...state, active: 2 })).toEqual({ kind: 'move', index: 0 });
    expect(comboboxAction(key('ArrowUp'), state)).toEqual({ kind: 'move', index: 2 });
    expect(comboboxAction(key('ArrowUp'), { ...state, active: 2 })).toEqual({ kind: 'move', index: 1 });
  });

  it('enters the list from no active option', () => {
    expect(comboboxAction(key('ArrowDown'), { ...state, active: -1 })).toEqual({ kind: 'move', index: 0 });
    expect(comboboxAction(key('ArrowUp'), { ...state, active: -1 })).toEqual({ kind: 'move', index: 2 });
  });

  it('pages by five, clamped', () => {
    expect(comboboxAction(key('PageDown'), { count: 20, active: 3, query: 'a' })).toEqual({ kind: 'move', index: 8 });
    expect(comboboxAction(key('PageDown'), { count: 6, active: 3, query: 'a' })).toEqual({ kind: 'move', index: 5 });
    expect(comboboxAction(key('PageUp'), { count: 20, active: 3, query: 'a' })).toEqual({ kind: 'move', index: 0 });
  });

  it('does nothing with arrows on an empty list', () => {
    for (const k of ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Enter']) {
      expect(comboboxAction(key(k), { count: 0, active: -1, query: 'zzz' })).toEqual({ kind: 'none' });
    }
  });

  it('opens the active option, in the background with Ctrl or Cmd', () => {
    expect(comboboxAction(key('Enter'), state)).toEqual({ kind: 'open', background: false });
    expect(comboboxAction(key('Enter', { ctrlKey: true }), state)).toEqual({ kind: 'open', background: true });
    expect(comboboxAction(key('Enter', { metaKey: true }), state)).toEqual({ kind: 'open', background: true });
    expect(comboboxAction(key('Enter'), { ...state, active: -1 })).toEqual({ kind: 'none' });
  });

  it('clears a query first, and closes on an empty one', () => {
    expect(comboboxAction(key('Escape'), state)).toEqual({ kind: 'clear' });
    expect(comboboxAction(key('Escape'), { ...state, query: '' })).toEqual({ kind: 'close' });
  });

  it('leaves keys to an IME that is composing (pinyin Enter commits text, it must not open a project)', () => {
    expect(comboboxAction(key('Enter', { isComposing: true }), state)).toEqual({ kind: 'none' });
    expect(comboboxAction(key('ArrowDown', { isComposing: true }), state)).toEqual({ kind: 'none' });
  });

  it('ignores other keys', () => {
    expect(comboboxAction(key('a'), state)).toEqual({ kind: 'none' });
    expect(comboboxAction(key('Home'), state)).toEqual({ kind: 'none' });
  });
});
