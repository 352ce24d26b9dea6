import { useEffect, useState } from 'preact/hooks';

// A page can paint what the user came for a few milliseconds sooner by leaving what is below
// the fold to the render after its first frame (issue #8: the new tab's favourites and category
// browser were about 40% of its first render's DOM and 4 ms of it). Appended below what is
// already on screen, they move nothing that is shown.

// rAF does not run in a hidden page; it then gets the regions after this long instead.
const HIDDEN_PAGE_FALLBACK_MS = 100;

/** False for a page's first render, true once its first frame has been painted. */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    let next: ReturnType<typeof setTimeout> | undefined;
    const done = () => setPainted(true);
    // A task queued from the frame callback runs after that frame is painted.
    const frame = requestAnimationFrame(() => {
      next = setTimeout(done, 0);
    });
    const fallback = setTimeout(done, HIDDEN_PAGE_FALLBACK_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(next);
      clearTimeout(fallback);
    };
  }, [painted]);
  return painted;
}
