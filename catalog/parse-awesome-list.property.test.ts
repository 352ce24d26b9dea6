import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAwesomeList } from './parse-awesome-list';

// Issue #9: the parser reads markdown anyone can write (`npm run catalog -- parse <file>`,
// future list updates). Whatever it is fed, it must not throw and must never hand on a
// link that is not http(s): javascript:, data: and vbscript: URLs would become clickable.
// Inputs are built from markdown fragments so that most of them really are lists of links.

const RUNS = 10_000;
const HTTP = new Set(['http:', 'https:']);
// fast-check runs 10,000 inputs through a real CommonMark parser: give slow, shared CI machines room.
const TIMEOUT = 90_000;

/** Independent of the parser's own isHttpUrl: what a browser would do with the href. */
function browserProtocol(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined;
  }
}

/** Usually the ordinary form (so most inputs are real lists of links), sometimes an odd one. */
function mostly<T>(usual: T, ...odd: T[]): fc.Arbitrary<T> {
  return fc.oneof({ weight: 3, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
}

// Half the links are ordinary http(s) links; the other half are hostile or odd: other schemes,
// entity- or percent-encoded schemes, control characters and spaces before them.
const plainUrl = fc
  .tuple(
    fc.constantFrom('https', 'http', 'HTTPS', 'HtTp'),
    fc.constantFrom('example.org', 'github.com', 'x', 'localhost:8080', '127.0.0.1', '[::1]', 'xn--n3h.example'),
    fc.constantFrom('', '/', '/a/b', '/alert(1)', '/%3Cscript%3E', '?q=<x>', '#frag', '/(x)'),
  )
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);
const oddScheme = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'javascript',
      'JaVaScRiPt',
      'jav&#x61;script', // CommonMark decodes entities in link destinations
      'java%0ascript',
      'vbscript',
      'data',
      'file',
      'ftp',
      'mailto',
      'chrome-extension',
      'blob',
      'about',
      'https', // with the odd separators below: "https:\\x", "https:x"
    ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9+.-]{0,8}$/) },
);
const oddUrl = fc
  .tuple(
    fc.constantFrom('', '', '', ' ', '\t', '&#0;', '&#x20;', '%20', '\u0000', '\u202E'),
    oddScheme,
    fc.constantFrom('//', '/', '', '\\\\', '///'),
    fc.constantFrom('example.org', 'github.com', '', '%0a', 'text/html,<script>alert(1)</script>'),
    fc.constantFrom('', '/', '/alert(1)', '/a b', '/)', ';base64,PHNjcmlwdD4='),
  )
  .map(([noise, scheme, separator, host, path]) => `${noise}${scheme}:${separator}${host}${path}`);
const url = fc.oneof(plainUrl, oddUrl);
const anyUrl = fc.oneof(
  { weight: 6, arbitrary: url },
  { weight: 1, arbitrary: fc.constantFrom('#anchor', '/relative', '', '<>') },
);

const nameText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('RabbitMQ', 'etcd', '中文名', 'Kafka Streams') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror="window.__pwned=true">',
      'Evil\u202Egnp.exe',
      '**Bold**',
      '`code`',
      '![img](https://i.example/x.png)',
      '[nested]',
      'x'.repeat(300),
      '',
      ' ',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const title = mostly('', ' "title"', " 'title'", ' (title)', ' "unclosed');

/** One way of writing a link; reference forms come with the definition they need. */
const link = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.tuple(nameText, anyUrl, title).map(([t, u, ti]) => ({ text: `[${t}](${u}${ti})`, defs: '' })),
  },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `[${t}](<${u}>)`, defs: '' })) },
  { weight: 1, arbitrary: url.map((u) => ({ text: `<${u}>`, defs: '' })) },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `[${t}][ref]`, defs: `[ref]: ${u}` })) },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `[${t}][]`, defs: `[${t}]: ${u}` })) },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `[${t}]`, defs: `[${t}]: <${u}>` })) },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `![${t}](${u})`, defs: '' })) },
  {
    weight: 1,
    arbitrary: fc.tuple(nameText, anyUrl, anyUrl).map(([t, i, u]) => ({ text: `[![${t}](${i})](${u})`, defs: '' })),
  },
  { weight: 1, arbitrary: anyUrl.map((u) => ({ text: u, defs: '' })) },
  { weight: 1, arbitrary: fc.tuple(nameText, anyUrl).map(([t, u]) => ({ text: `<a href="${u}">${t}</a>`, defs: '' })) },
);
const wrap = mostly<[string, string]>(['', ''], ['**', '**'], ['*', '*'], ['_', '_'], ['~~', '~~'], ['`', '`']);
const description = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' - A broker.', ': 消息队列', ' — <b>bold</b>', ' <!-- hidden -->') },
  { weight: 1, arbitrary: fc.constantFrom('  \\', ' onerror=alert(1)', ' [more](javascript:alert(1))', ' <!--') },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
// Nesting: two-space steps usually; tabs, odd widths and four-space (code at top level) sometimes.
const indent = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('', '', '  ', '    ') },
  { weight: 1, arbitrary: fc.constantFrom('\t', '   ', '        ', ' \t', '\t\t') },
);
const marker = mostly('-', '*', '+', '1.', '2)', '>', '- [ ]', '-\t', '');

const listLine = fc
  .tuple(indent, marker, wrap, link, description)
  .map(([i, m, [open, close], l, d]) => ({ text: `${i}${m} ${open}${l.text}${close}${d}`, defs: l.defs }));
const otherBlock = fc
  .oneof(
    fc.tuple(fc.integer({ min: 1, max: 7 }), nameText).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
    nameText.map((t) => `${t}\n===`),
    nameText.map((t) => `${t}\n---`),
    fc.constantFrom(
      '',
      '<!--',
      '-->',
      '<!-- - [Hidden](https://hidden.example/) -->',
      '```',
      '~~~md',
      '<div>',
      '</div>',
      '<script>window.__pwned = true</script>',
      '| a | b |\n|---|---|\n| [T](javascript:alert(1)) | x |',
      '***',
      '> quote',
      '[ref]: javascript:alert(1)',
      '[ref]: https://ref.example/',
      '\u202E',
      '\u0000',
    ),
    fc.string({ maxLength: 10 }),
  )
  .map((text) => ({ text, defs: '' }));
const block = fc.oneof({ weight: 5, arbitrary: listLine }, { weight: 2, arbitrary: otherBlock });
const newline = mostly('\n', '\r\n', '\r');
const markdown = fc
  .tuple(fc.boolean(), fc.array(fc.tuple(block, newline), { maxLength: 6 }), newline)
  .map(([bom, blocks, nl]) => {
    const body = blocks.map(([b, n]) => `${b.text}${n}`).join('');
    const defs = blocks
      .map(([b]) => b.defs)
      .filter(Boolean)
      .join(nl);
    return `${bom ? '\uFEFF' : ''}${body}${nl}${defs}${nl}`;
  });

describe('parseAwesomeList on random markdown (property, fast-check)', () => {
  it(
    `never throws and never emits a non-http(s) URL (${RUNS} inputs)`,
    () => {
      const seen = { entries: 0, droppedNotHttp: 0, nested: 0 };
      fc.assert(
        fc.property(markdown, (md) => {
          const result = parseAwesomeList(md);
          const lineCount = md.split(/\r\n|\r|\n/).length;
          // Plain checks first (expect() per field is slow at this volume); expect() reports a failure.
          const problems: string[] = [];
          for (const entry of result.entries) {
            if (!HTTP.has(browserProtocol(entry.url) ?? '')) problems.push(`url ${entry.url}`);
            if (entry.parentUrl !== undefined && !HTTP.has(browserProtocol(entry.parentUrl) ?? ''))
              problems.push(`parentUrl ${entry.parentUrl}`);
            // Names are display text: one line, trimmed, never empty.
            if (!entry.name || entry.name !== entry.name.trim() || /[\r\n]/.test(entry.name))
              problems.push(`name ${JSON.stringify(entry.name)}`);
            if (!result.categories.includes(entry.category)) problems.push(`category ${entry.category} not listed`);
            if (entry.line < 1 || entry.line > lineCount) problems.push(`line ${entry.line} of ${lineCount}`);
            if (entry.parent !== undefined) seen.nested++;
          }
          expect(problems).toEqual([]);
          expect(new Set(result.categories).size).toBe(result.categories.length);
          seen.entries += result.entries.length;
          seen.droppedNotHttp += result.dropped.filter((item) => item.reason === 'not-http').length;
        }),
        { numRuns: RUNS },
      );
      // The generator must exercise both sides, or the property above proves nothing.
      // (About 4,000 entries, 4,000 non-http drops and 250 nested entries per 10,000 inputs.)
      expect(seen.entries).toBeGreaterThan(RUNS / 4);
      expect(seen.droppedNotHttp).toBeGreaterThan(RUNS / 4);
      expect(seen.nested).toBeGreaterThan(100);
    },
    TIMEOUT,
  );

  it(
    `never throws on arbitrary text (${RUNS} inputs)`,
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
          for (const entry of parseAwesomeList(text).entries) {
            expect(['http:', 'https:']).toContain(browserProtocol(entry.url));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
