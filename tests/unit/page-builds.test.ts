import { describe, expect, it } from 'vitest';
import inlinePageStylesModule, { inlinePageStyles } from '../../modules/inline-page-styles';
import oneBuildPerPage from '../../modules/one-build-per-page';
import { isKeyOf, pageLocaleTables, pageMessages } from '../../modules/page-locale-tables';

type Hook = (...args: unknown[]) => void;

/** Runs a WXT module's setup against a stand-in that records its hooks. */
function hooksOf(module: { setup?: (wxt: never) => unknown }): Map<string, Hook> {
  const hooks = new Map<string, Hook>();
  module.setup?.({ hooks: { hook: (name: string, fn: Hook) => hooks.set(name, fn) } } as never);
  return hooks;
}

const entry = (name: string, inputPath: string) => ({ name, inputPath, type: name });

describe('one build per page (modules/one-build-per-page.ts)', () => {
  it('splits the group of HTML pages into one group per page and leaves the other groups alone', () => {
    const background = entry('background', 'entrypoints/background.ts');
    const popup = entry('popup', 'entrypoints/popup/index.html');
    const newtab = entry('newtab', 'entrypoints/newtab/index.html');
    const boot = entry('popup-boot', 'entrypoints/popup-boot.ts');
    const groups: unknown[] = [background, [popup, newtab], boot, [entry('options', 'entrypoints/options/index.html')]];
    hooksOf(oneBuildPerPage).get('entrypoints:grouped')?.({}, groups);
    expect(groups).toEqual([background, [popup], [newtab], boot, [entry('options', 'entrypoints/options/index.html')]]);
  });
});

describe('inline page styles (modules/inline-page-styles.ts)', () => {
  const transform = (html: string, bundle: Record<string, unknown>) => {
    const hook = inlinePageStyles().transformIndexHtml as { handler: (html: string, ctx: unknown) => string };
    return hook.handler(html, { bundle });
  };

  it("puts the page's stylesheet into its HTML and drops the file", () => {
    const bundle: Record<string, unknown> = {
      'assets/popup-1.css': { type: 'asset', source: 'body{color:red}' },
      'chunks/popup-1.js': { type: 'chunk', code: '' },
    };
    const html = transform(
      '<head><script type="module" src="/chunks/popup-1.js"></script><link rel="stylesheet" crossorigin href="/assets/popup-1.css"></head>',
      bundle,
    );
    expect(html).toBe(
      '<head><script type="module" src="/chunks/popup-1.js"></script><style>body{color:red}</style></head>',
    );
    expect(Object.keys(bundle)).toEqual(['chunks/popup-1.js']);
  });

  it('keeps CSS that says "</style" inside the element, and leaves links to files not in the bundle', () => {
    const bundle: Record<string, unknown> = {
      'assets/a.css': { type: 'asset', source: '.x::after{content:"</style><b>"}' },
    };
    const html = transform(
      '<link rel="stylesheet" href="/assets/a.css"><link rel="stylesheet" href="/fonts/other.css"><link rel="icon" href="/i.png">',
      bundle,
    );
    expect(html).toBe(
      '<style>.x::after{content:"<\\/style><b>"}</style><link rel="stylesheet" href="/fonts/other.css"><link rel="icon" href="/i.png">',
    );
  });

  it('is added only to a build of a single HTML page', () => {
    const extend = hooksOf(inlinePageStylesModule).get('vite:build:extendConfig') as Hook;
    const single = { plugins: [] as { name: string }[] };
    extend([entry('popup', 'entrypoints/popup/index.html')], single);
    expect(single.plugins.map((plugin) => plugin.name)).toEqual(['archscout:inline-page-styles']);
    const several = { plugins: [] as { name: string }[] };
    extend([entry('popup', 'entrypoints/popup/index.html'), entry('newtab', 'entrypoints/newtab/index.html')], several);
    const script = { plugins: [] as { name: string }[] };
    extend([entry('github', 'entrypoints/github.content/index.ts')], script);
    expect([several.plugins, script.plugins]).toEqual([[], []]);
  });
});

describe('page locale tables (modules/page-locale-tables.ts)', () => {
  const json = JSON.stringify({
    extName: { message: 'Archscout' },
    popupRecent: { message: 'Recent' },
    optionsTitle: { message: 'Settings' },
    optionsImportProblemJson: { message: 'Not JSON' },
    optionality: { message: 'a word, not a key of the options page' },
  });

  it("leaves the options page's keys out of the popup's and the new tab's tables", () => {
    for (const page of ['popup', 'newtab']) {
      expect(Object.keys(JSON.parse(pageMessages(json, page)))).toEqual(['extName', 'popupRecent', 'optionality']);
    }
    expect(pageMessages(json, 'options')).toBe(json);
  });

  it('tells a page key by the page name followed by a capital', () => {
    expect(isKeyOf('optionsTitle', 'options')).toBe(true);
    expect(isKeyOf('optionality', 'options')).toBe(false);
    expect(isKeyOf('options', 'options')).toBe(false);
  });

  it('changes only the locale files', () => {
    const plugin = pageLocaleTables('popup') as { transform: (code: string, id: string) => { code: string } | null };
    expect(plugin.transform(json, '/work/public/_locales/zh_CN/messages.json')?.code).not.toContain('optionsTitle');
    expect(plugin.transform(json, '/work/catalog/data/catalog.json')).toBeNull();
  });
});
