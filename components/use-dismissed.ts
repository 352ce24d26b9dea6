import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, watchUserData } from '@/services/client';
import type { DismissedItem, DismissScope } from '@/services/protocol';

export interface Dismissed {
  items: readonly DismissedItem[];
  loaded: boolean; // false until the first answer, so the section does not flash "nothing hidden"
  /** Shows a project again in that scope; the row leaves at once and comes back if the background refuses. */
  undismiss: (id: string, scope: DismissScope) => Promise<void>;
}

const keyOf = (id: string, scope: DismissScope) => `${scope}:${id}`;

/** The user's dismissals from the background, live: a card closed on GitHub shows here at once (watchUserData). */
export function useDismissed(): Dismissed {
  const [items, setItems] = useState<readonly DismissedItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(0); // answers can arrive out of order: only the newest request's answer is shown
  // Rows being shown again: an answer the background gave before it had that change must not bring them back.
  const leaving = useRef(new Set<string>());

  const refresh = useCallback(() => {
    const request = ++latest.current;
    sendMessage({ type: 'dismissed.list' }).then(
      (list) => {
        if (request !== latest.current) return;
        setItems(list.filter((item) => !leaving.current.has(keyOf(item.id, item.scope))));
        setLoaded(true);
      },
      () => request === latest.current && setLoaded(true), // keep what is shown; the next change retries
    );
  }, []);

  useEffect(() => {
    refresh();
    return watchUserData(refresh);
  }, [refresh]);

  const undismiss = useCallback(
    async (id: string, scope: DismissScope) => {
      const key = keyOf(id, scope);
      leaving.current.add(key);
      setItems((current) => current.filter((item) => keyOf(item.id, item.scope) !== key));
      try {
        await sendMessage({ type: 'undismiss', id, scope });
      } finally {
        leaving.current.delete(key);
        refresh(); // newer than any answer already on its way, so those are dropped
      }
    },
    [refresh],
  );

  return { items, loaded, undismiss };
}
