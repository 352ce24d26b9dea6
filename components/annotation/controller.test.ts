// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Category, Project } from '@/catalog/types';
import type { MatchCard } from '@/services/protocol';
import type { AnnotationBackend, AnnotationSettings } from './backend';
import { createAnnotationController } from './controller';
import { HOST_NAME, type HostUi } from './mounted-host';

const category: Category = { id: 'service-discovery', name: 'Service Discovery', nameZh: '服务发现', heading: 'x' };
const project = (id: string, name: string): Project => ({
  id,
  name,
  categories: [category.id],
  url: `https://example.org/${id}`,
  homepage: `https://${id}.example.org/`,
  repo: `${id}/${id}`,
  description: '',
  descriptionLang: 'en',
  summary: { en: `${name} in one line`, zh: `${name} 一句话` },
  keywords: [],
  status: 'active',
  examples: [],
});
const PROJECTS = { etcd: project('etcd', 'etcd'), consul: project('consul', 'Consul'), zk: project('zk', 'ZooKeeper') };
const REPOS: Record<string, keyof typeof PROJECTS> = {
  'etcd-io/etcd': 'etcd',
  'hashicorp/consul': 'consul',
  'apache/zookeeper': 'zk',
};

function detect(href: string): string | null {
  const [owner, repo] = new URL(href).pathname.toLowerCase().split('/').filter(Boolean);
  return REPOS[`${owner}/${repo}`] ?? null;
}

function cardOf(id: keyof typeof PROJECTS, overrides: Partial<MatchCard> = {}): MatchCard {
  return {
    project: PROJECTS[id],
    categories: [category],
    alternatives: Object.values(PROJECTS).filter((p) => p.id !== id),
    isFavourite: false,
    dismissed: false,
    ...overrides,
  };
}

type Listener<T> = (value: T) => void;

function fakeBackend() {
  const state = {
    settings: {
      language: 'en',
      openTarget: 'homepage',
      annotateGithub: true,
      annotateDocs: true,
    } as AnnotationSettings,
    favourites: new Set<string>(),
    dismissed: new Set<string>(),
    matchDelay: new Map<string, Promise<void>>(),
  };
  const listeners = {
    settings: [] as Listener<AnnotationSettings>[],
    favourites: [] as Listener<string[]>[],
    userData: [] as (() => void)[],
  };
  const backend = {
    match: vi.fn(async (url: string) => {
      const id = detect(url) as keyof typeof PROJECTS | null;
      await state.matchDelay.get(id ?? '');
      return id ? cardOf(id, { isFavourite: state.favourites.has(id), dismissed: state.dismissed.has(id) }) : null;
    }),
    reportPage: vi.fn(async (_id: string | null) => null),
    visit: vi.fn(async (_id: string) => null),
    setFavourite: vi.fn(async (id: string, on: boolean) => {
      if (on) state.favourites.add(id);
      else state.favourites.delete(id);
      for (const l of listeners.favourites) l([...state.favourites]);
    }),
    dismiss: vi.fn(async (id: string) => void state.dismissed.add(id)),
    undismiss: vi.fn(async (id: string) => void state.dismissed.delete(id)),
    getSettings: async () => state.settings,
    getFavouriteIds: async () => [...state.favourites],
    watchSettings: (l: Listener<AnnotationSettings>) => {
      listeners.settings.push(l);
      return () => {};
    },
    watchFavouriteIds: (l: Listener<string[]>) => {
      listeners.favourites.push(l);
      return () => {};
    },
    watchUserData: (l: () => void) => {
      listeners.userData.push(l);
      return () => {};
    },
    uiLanguage: () => 'en-US',
  } satisfies AnnotationBackend;
  const changeSettings = (patch: Partial<AnnotationSettings>) => {
    state.settings = { ...state.settings, ...patch };
    for (const l of listeners.settings) l(state.settings);
  };
  const changeFavourites = (ids: string[]) => {
    state.favourites = new Set(ids);
    for (const l of listeners.favourites) l(ids);
  };
  /** The background's userDataRev bump that follows every favourite, dismiss and undo. */
  const changeUserData = () => {
    for (const l of listeners.userData) l();
  };
  return { backend, state, changeSettings, changeFavourites, changeUserData };
}

function fakeUi(place: (host: HTMLElement) => void): HostUi {
  const shadowHost = document.createElement(HOST_NAME);
  const uiContainer = document.createElement('div');
  shadowHost.attachShadow({ mode: 'open' }).append(uiContainer);
  return {
    shadowHost,
    uiContainer,
    mount: () => place(shadowHost),
    remove: () => {
      shadowHost.remove();
      uiContainer.replaceChildren();
    },
  };
}

const hosts = () => document.querySelectorAll(HOST_NAME);
const shadow = () => (hosts()[0] as HTMLElement | undefined)?.shadowRoot;

function setup() {
  const fake = fakeBackend();
  const timers: (() => void)[] = [];
  const createUi = vi.fn(async (place: (host: HTMLElement) => void) => fakeUi(place));
  const controller = createAnnotationController({
    surface: 'github',
    detect,
    backend: fake.backend,
    createUi,
    onInvalidated: () => {},
    setTimeout: (fn) => void timers.push(fn),
    watchPalette: (onChange) => onChange('light'),
  });
  return {
    ...fake,
    controller,
    createUi,
    runTimers: () => {
      for (const fn of timers.splice(0)) fn();
    },
  };
}

function page(path: string, withSidebar = true) {
  history.pushState({}, '', `https://github.com${path}`);
  const about = withSidebar
    ? '<div class="x"><section class="SidebarSection-module__sidebarSection__1"><h2>About</h2></section><section class="SidebarSection-module__sidebarSection__1"><h2>Releases</h2></section></div>'
    : '<p>No sidebar</p>';
  const body = new DOMParser().parseFromString(`<body><main>${about}</main></body>`, 'text/html').body;
  document.body.replaceWith(document.importNode(body, true));
}

beforeEach(() => {
  // happy-dom's own API: the content script runs on github.com, and pushState stays same-origin.
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://github.com/');
  page('/');
});

describe('annotation controller', () => {
  it('shows exactly one annotation on a listed repository, after the About section', async () => {
    const { controller } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    expect(hosts()).toHaveLength(1);
    const host = hosts()[0] as HTMLElement;
    expect(host.dataset.project).toBe('etcd');
    expect(host.dataset.placement).toBe('sidebar');
    expect(host.previousElementSibling?.textContent).toBe('About');
    expect(shadow()?.querySelector('h2')?.textContent).toBe('etcd');
    expect(shadow()?.textContent).toContain('Service Discovery');
    const links = [...(shadow()?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => a.textContent)).toEqual(['Consul', 'ZooKeeper']);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('shows nothing on unlisted pages; reports matches (again on each URL change) and changes away from them', async () => {
    const { controller, backend, runTimers } = setup();
    page('/torvalds/linux');
    await controller.start();
    runTimers();
    expect(hosts()).toHaveLength(0);
    expect(backend.reportPage).not.toHaveBeenCalled();
    for (const path of ['/hashicorp/consul', '/hashicorp/consul/issues', '/settings', '/facebook/react']) {
      page(path);
      await controller.ensure();
      runTimers();
    }
    // Superseded before it was sent: only the last of several quick navigations is reported.
    page('/etcd-io/etcd');
    await controller.ensure();
    page('/hashicorp/consul');
    await controller.ensure();
    runTimers();
    expect(hosts()).toHaveLength(1);
    expect(backend.reportPage.mock.calls).toEqual([['consul'], ['consul'], [null], ['consul']]);
  });

  it('reads no settings on unlisted pages; reads them once, on the first listed page', async () => {
    const { controller, backend } = setup();
    const getSettings = vi.spyOn(backend, 'getSettings');
    const getFavouriteIds = vi.spyOn(backend, 'getFavouriteIds');
    page('/torvalds/linux');
    await controller.start();
    page('/settings');
    await controller.ensure();
    expect(getSettings).not.toHaveBeenCalled();
    expect(getFavouriteIds).not.toHaveBeenCalled();
    page('/etcd-io/etcd');
    await controller.ensure();
    page('/hashicorp/consul');
    await controller.ensure();
    expect(hosts()).toHaveLength(1);
    expect(getSettings).toHaveBeenCalledTimes(1);
    expect(getFavouriteIds).toHaveBeenCalledTimes(1);
  });

  it('on a listed page asks for the card without waiting for the settings', async () => {
    const fake = fakeBackend();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const getSettings = fake.backend.getSettings;
    fake.backend.getSettings = async () => {
      await held;
      return getSettings();
    };
    const controller = createAnnotationController({
      surface: 'github',
      detect,
      backend: fake.backend,
      createUi: async (place) => fakeUi(place),
      onInvalidated: () => {},
      setTimeout: () => {},
      watchPalette: (onChange) => onChange('light'),
    });
    page('/etcd-io/etcd');
    const started = controller.start();
    await vi.waitFor(() => expect(fake.backend.match).toHaveBeenCalledTimes(1));
    expect(hosts()).toHaveLength(0); // nothing shown before the settings say so
    release();
    await started;
    expect(hosts()).toHaveLength(1);
  });

  it('after any sequence of navigations: one annotation for the current project or none; one card fetch and one visit per project', async () => {
    const { controller, backend, createUi } = setup();
    await controller.start();
    const route = [
      ['/etcd-io/etcd', 'etcd', true],
      ['/etcd-io/etcd/issues/1', 'etcd', false],
      ['/torvalds/linux', null, true],
      ['/hashicorp/consul', 'consul', true],
      ['/apache/zookeeper/blob/main/README.md', 'zk', false],
      ['/search', null, false],
      ['/Etcd-IO/ETCD', 'etcd', true],
      ['/hashicorp/consul/pulls', 'consul', false],
    ] as const;
    for (const [path, id, sidebar] of route) {
      page(path, sidebar);
      await controller.ensure();
      expect(hosts(), path).toHaveLength(id ? 1 : 0);
      if (id) {
        const host = hosts()[0] as HTMLElement;
        expect(host.dataset.project, path).toBe(id);
        expect(host.dataset.placement, path).toBe(sidebar ? 'sidebar' : 'floating');
      }
    }
    expect(backend.match).toHaveBeenCalledTimes(3);
    expect(backend.visit.mock.calls.map(([id]) => id)).toEqual(['etcd', 'consul', 'zk']);
    expect(createUi).toHaveBeenCalledTimes(1);
  });

  it('a slow answer for an earlier page never wins over the current page', async () => {
    const { controller, state } = setup();
    await controller.start();
    let release = () => {};
    state.matchDelay.set('etcd', new Promise<void>((resolve) => (release = resolve)));
    page('/etcd-io/etcd');
    const slow = controller.ensure();
    page('/hashicorp/consul');
    await controller.ensure();
    release();
    await slow;
    expect(hosts()).toHaveLength(1);
    expect((hosts()[0] as HTMLElement).dataset.project).toBe('consul');
  });

  it('puts the host back after a re-render discarded it, and removes Turbo snapshot clones', async () => {
    const { controller } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const host = hosts()[0] as HTMLElement;
    // React re-renders the sidebar: our sibling is gone; a cached snapshot brings a shadowless clone.
    page('/etcd-io/etcd');
    document.body.append(document.createElement(HOST_NAME));
    controller.recheck();
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]).toBe(host);
    expect(host.previousElementSibling?.textContent).toBe('About');
  });

  it('follows the settings live: off removes it, on brings it back, the language switches', async () => {
    const { controller, changeSettings } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    changeSettings({ annotateGithub: false });
    await controller.ensure();
    expect(hosts()).toHaveLength(0);
    changeSettings({ annotateGithub: true, language: 'zh_CN' });
    await controller.ensure();
    expect(hosts()).toHaveLength(1);
    expect(shadow()?.textContent).toContain('服务发现');
    expect(shadow()?.textContent).toContain('替代方案');
  });

  it('the favourite toggle sends the change and reflects changes made elsewhere', async () => {
    const { controller, backend, changeFavourites } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const button = () => shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    expect(button()?.getAttribute('aria-pressed')).toBe('false');
    expect(button()?.getAttribute('aria-label')).toMatch(/favourite/);
    button()?.click();
    expect(button()?.getAttribute('aria-pressed')).toBe('true');
    expect(backend.setFavourite).toHaveBeenCalledWith('etcd', true);
    changeFavourites([]);
    expect(button()?.getAttribute('aria-pressed')).toBe('false');
  });

  it('dismiss: remembered, undo restores, and after the notice the annotation is gone for this project', async () => {
    const { controller, backend, runTimers } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const dismiss = () => shadow()?.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]');
    dismiss()?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="status"]')).toBeTruthy());
    expect(backend.dismiss).toHaveBeenCalledWith('etcd');
    shadow()?.querySelector<HTMLButtonElement>('[role="status"] button')?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('h2')?.textContent).toBe('etcd'));
    expect(backend.undismiss).toHaveBeenCalledWith('etcd');
    dismiss()?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="status"]')).toBeTruthy());
    runTimers();
    await vi.waitFor(() => expect(hosts()).toHaveLength(0));
    // Another project still shows; back on the dismissed one, nothing.
    page('/hashicorp/consul');
    await controller.ensure();
    expect(hosts()).toHaveLength(1);
    page('/etcd-io/etcd');
    await controller.ensure();
    expect(hosts()).toHaveLength(0);
  });

  it('starring flips the star in place: the refetch after the change rebuilds nothing', async () => {
    const { controller, backend, changeUserData } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const star = shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    star?.click();
    changeUserData();
    await vi.waitFor(() => expect(backend.match).toHaveBeenCalledTimes(2));
    await controller.ensure();
    expect(shadow()?.querySelector('button[aria-pressed]')).toBe(star);
    expect(star?.getAttribute('aria-pressed')).toBe('true');
  });

  it('a quick on, off keeps the last press: a card fetched before it flips nothing back', async () => {
    const { controller, backend, changeUserData } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const star = () => shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    star()?.click(); // on
    // The refetch that "on" sets off answers late, as the background saw it then: a favourite.
    let answer: () => void = () => {};
    backend.match.mockImplementationOnce(async () => {
      await new Promise<void>((resolve) => {
        answer = resolve;
      });
      return cardOf('etcd', { isFavourite: true });
    });
    changeUserData();
    await vi.waitFor(() => expect(backend.match).toHaveBeenCalledTimes(2));
    star()?.click(); // off, answered at once
    answer();
    // A task later the late card is taken in: the fakes answer with promises (microtasks only).
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(star()?.getAttribute('aria-pressed')).toBe('false');
  });

  it("a refused press put back after a soft navigation leaves the shown project's star alone", async () => {
    const { controller, backend } = setup();
    backend.setFavourite('consul', true); // consul is a favourite already
    page('/etcd-io/etcd');
    await controller.start();
    let refuse: () => void = () => {};
    backend.setFavourite.mockImplementationOnce(
      () =>
        new Promise<void>((_resolve, reject) => {
          refuse = () => reject(new Error('no answer'));
        }),
    );
    shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]')?.click(); // etcd on, not answered yet
    page('/hashicorp/consul');
    await controller.ensure();
    const star = () => shadow()?.querySelector<HTMLButtonElement>('button[aria-pressed]');
    expect(shadow()?.querySelector('h2')?.textContent).toBe('Consul');
    expect(star()?.getAttribute('aria-pressed')).toBe('true');
    refuse(); // etcd's press is put back: Consul's star must not follow it
    await new Promise((resolve) => setTimeout(resolve, 0)); // its handlers ran (microtasks)
    expect(star()?.getAttribute('aria-pressed')).toBe('true');
  });

  it('a change to a setting the card does not show rebuilds nothing', async () => {
    const { controller, changeSettings } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    const card = shadow()?.querySelector('.card');
    changeSettings({ annotateDocs: false });
    await controller.ensure();
    expect(shadow()?.querySelector('.card')).toBe(card);
    changeSettings({ openTarget: 'repository' });
    expect(shadow()?.querySelector('.card')).not.toBe(card);
  });

  it('navigating while "hidden, undo" shows ends the notice: the project stays hidden', async () => {
    const { controller } = setup();
    page('/etcd-io/etcd');
    await controller.start();
    shadow()?.querySelector<HTMLButtonElement>('button[aria-label^="Hide"]')?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="status"]')).toBeTruthy());
    // An in-page anchor is no navigation away.
    await controller.ensure('https://github.com/etcd-io/etcd#readme');
    expect(shadow()?.querySelector('[role="status"]')).toBeTruthy();
    page('/etcd-io/etcd/issues/2', false);
    await controller.ensure();
    expect(hosts()).toHaveLength(0);
  });

  it('renders data as text, never as markup', async () => {
    const { controller, backend } = setup();
    backend.match.mockResolvedValueOnce(
      cardOf('etcd', {
        project: { ...PROJECTS.etcd, name: '<img src=x onerror="window.pwned=1">', homepage: 'javascript:alert(1)' },
      }),
    );
    page('/etcd-io/etcd');
    await controller.start();
    expect(shadow()?.querySelector('img')).toBeNull();
    expect(shadow()?.querySelector('h2')?.textContent).toBe('<img src=x onerror="window.pwned=1">');
    for (const a of shadow()?.querySelectorAll('a') ?? []) expect(a.getAttribute('href')).toMatch(/^https?:/);
  });
});
