// The host element's life on the page: created on the first match (never on an unlisted page),
// mounted where findPlacement says, put back when a re-render moved or discarded it, taken off
// when nothing shows. Its data-theme follows the page's palette.
import type { Palette } from './page-theme';
import { findPlacement, type PlacementKind } from './placement';
import type { Surface } from './watch-palette';

export const HOST_NAME = 'archscout-annotation';

/** The shadow-root UI as the annotation uses it (shadow-host.ts creates it). */
export interface HostUi {
  shadowHost: HTMLElement;
  uiContainer: HTMLElement;
  mount(): void;
  remove(): void;
}

export interface MountedHostDeps {
  surface: Surface;
  /** Creates the (unmounted) host; `place` is how mount() inserts it. */
  createUi(place: (host: HTMLElement) => void): Promise<HostUi>;
  watchPalette(onChange: (palette: Palette) => void): void;
}

export interface MountedHost {
  /** Creates the host the first time it is needed; later calls wait for the same one. */
  ready(): Promise<HostUi>;
  /** The host, once created. */
  readonly ui: HostUi | undefined;
  readonly mounted: boolean;
  /** Mounts the host, or puts it back where it belongs; says where it sits (undefined before ready). */
  place(): PlacementKind | undefined;
  remove(): void;
}

function removeStrays(host: HTMLElement) {
  // Turbo restores pages from snapshots that are clones of <body>: a clone of our host comes
  // back without its shadow root. Live hosts of other instances have one and are left alone.
  for (const other of document.querySelectorAll(HOST_NAME)) {
    if (other !== host && !other.shadowRoot) other.remove();
  }
}

/** `onShownChange`: the host went on or off the page. */
export function createMountedHost(deps: MountedHostDeps, onShownChange: (shown: boolean) => void): MountedHost {
  const { surface } = deps;
  let ui: HostUi | undefined;
  let uiPromise: Promise<HostUi> | undefined;
  let palette: Palette = 'light';
  let mounted = false;
  let pendingPlacement: ReturnType<typeof findPlacement> | undefined;

  return {
    async ready() {
      uiPromise ??= deps
        .createUi((host) => (pendingPlacement ?? findPlacement(document, surface, host)).place(host))
        .then((created) => {
          ui = created;
          created.shadowHost.setAttribute('data-surface', surface);
          deps.watchPalette((p) => {
            palette = p;
            created.shadowHost.setAttribute('data-theme', p);
          });
          created.shadowHost.setAttribute('data-theme', palette);
          return created;
        });
      return uiPromise;
    },
    get ui() {
      return ui;
    },
    get mounted() {
      return mounted;
    },
    place() {
      if (!ui) return undefined;
      const host = ui.shadowHost;
      const placement = findPlacement(document, surface, host);
      if (!mounted) {
        // mount() calls back into the `place` given to createUi, with this placement.
        pendingPlacement = placement;
        ui.mount();
        mounted = true;
        onShownChange(true);
      } else if (!host.isConnected || !placement.holds(host)) {
        placement.place(host);
      }
      removeStrays(host);
      return placement.kind;
    },
    remove() {
      if (ui && mounted) {
        ui.remove();
        mounted = false;
        onShownChange(false);
      }
    },
  };
}
