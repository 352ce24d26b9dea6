// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { useRef, useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useTakeOver } from './use-take-over';

/** An input that takes `field` over, seeding its state from the field as ProjectSearch does. */
function Box({ field, autoFocus = false }: { field: HTMLInputElement | null; autoFocus?: boolean }) {
  const [text, setText] = useState(() => field?.value ?? '');
  const input = useRef<HTMLInputElement>(null);
  useTakeOver(field, input, setText, autoFocus);
  return <input ref={input} data-testid="box" value={text} onInput={(e) => setText(e.currentTarget.value)} />;
}

function earlyField(value: string): HTMLInputElement {
  const field = document.createElement('input');
  field.value = value;
  document.body.append(field);
  return field;
}

const box = () => document.querySelector<HTMLInputElement>('[data-testid="box"]') as HTMLInputElement;

afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

describe('useTakeOver', () => {
  it('takes the focused field’s text, caret and focus', () => {
    const field = earlyField('rabitmq');
    field.focus();
    field.setSelectionRange(3, 3);
    render(<Box field={field} />);
    expect(box().value).toBe('rabitmq');
    expect(document.activeElement).toBe(box());
    expect([box().selectionStart, box().selectionEnd]).toEqual([3, 3]);
  });

  it('leaves focus alone when the user had moved it elsewhere', () => {
    const field = earlyField('etcd');
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    render(<Box field={field} autoFocus />);
    expect(box().value).toBe('etcd');
    expect(document.activeElement).toBe(other);
  });

  it('focuses like autoFocus when nothing has focus', () => {
    const field = earlyField('');
    render(<Box field={field} autoFocus />);
    expect(document.activeElement).toBe(box());
  });

  it('does nothing without a field', () => {
    render(<Box field={null} />);
    expect(box().value).toBe('');
    expect(document.activeElement).not.toBe(box());
  });
});
