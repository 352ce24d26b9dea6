import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, watchUserData } from '@/services/client';
import type { DismissedItem, DismissScope } from '@/services/protocol';

export interface Dismissed {
  items: readonly DismissedItem[];
  loaded: boolean; // false until the first answer, so the section does not flash "nothing hidden"
  /** Shows a project again in that scope; the row leaves at once and comes back if the background refuses. */
  undismiss: (id: string, scope: DismissScope) => Promise<void>;
}

/** The user's dismissals from the background, live: a card closed on GitHub shows here at once (watchUserData). */
export function useDismissed(): Dismissed {
  const [items, setItems] = useState<readonly DismissedItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const latest = useRef(0); // answers can arrive out of order: only the newest request's answer is shown

  const refresh = useCallback(() => {
    const request = ++latest.current;
    sendMessage({ type: 'dismissed.list' }).then(
      (list) => {
        if (request !== latest.current) return;
        setItems(list);
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
      latest.current++; // an answer already on its way would put the row back
      setItems((current) => current.filter((item) => item.id !== id || item.scope !== scope));
      try {
        await sendMessage({ type: 'undismiss', id, scope });
      } catch (error) {
        refresh();
        throw error;
      }
    },
    [refresh],
  );

  return { items, loaded, undismiss };
}
