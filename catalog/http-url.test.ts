import { describe, expect, it } from 'vitest';
import { safeHref } from './http-url';

describe('safeHref', () => {
  it.each([
    ['https://etcd.io/', 'https://etcd.io/'],
    ['http://zeromq.org', 'http://zeromq.org/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['/relative/path', undefined],
    ['', undefined],
    [undefined, undefined],
    ['ftp://example.org/', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
