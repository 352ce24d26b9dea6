import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/services/client';

const NONE: ReadonlyMap<string, string> = new Map();

/**
 * Saved names of the favourites among `ids` that `isListed` does not know (projects gone from the
 * catalog). The popup's favourites come from the id mirror, which has no names; the background is
 * asked only when such a favourite exists, so the usual popup makes no extra round trip.
 * `ready`: the catalog is loaded (before that, every id would look unknown).
 */
export function useOrphanNames(
  ids: readonly string[],
  isListed: (id: string) => boolean,
  ready: boolean,
): ReadonlyMap<string, string> {
  const unknown = ready ? ids.filter((id) => !isListed(id)).join('\n') : '';
  const [names, setNames] = useState(NONE);
  useEffect(() => {
    if (unknown === '') return setNames(NONE);
    let alive = true;
    sendMessage({ type: 'favourites.list' }).then(
      (favourites) => alive && setNames(new Map(favourites.map((f) => [f.id, f.name]))),
      () => undefined, // no answer: the orphans stay unlisted, searching is unaffected
    );
    return () => {
      alive = false;
    };
  }, [unknown]);
  return names;
}
