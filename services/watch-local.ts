import { browser } from 'wxt/browser';

export type Unwatch = () => void;

/**
 * Calls `onChange` with the new value whenever `key` changes in storage.local. Its own module,
 * apart from services/client.ts, so the new tab's boot script can watch the user-data keys
 * without the client's other code (components/early-user-data.ts).
 */
export function watchLocal(key: string, onChange: (value: unknown) => void): Unwatch {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, key)) onChange(changes[key]?.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
