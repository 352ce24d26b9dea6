import { useEffect, useState } from 'preact/hooks';
import { type Day, pageDay } from './page-date';

/**
 * The page's day (see page-date.ts), kept current: a new tab left open overnight shows the new
 * day's picks when the user comes back to it. The ?date= override stays fixed.
 */
export function usePageDay(): Day {
  const [day, setDay] = useState(() => pageDay(location.search, new Date()));
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') setDay(pageDay(location.search, new Date()));
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return day;
}
