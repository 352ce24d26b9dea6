import * as v from 'valibot';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestSchema } from './request-schema';
import { contentSender, EXTENSION_ID, makeBackground, pageSender } from './test-background';

beforeEach(() => fakeBrowser.reset());

describe('message router: senders', () => {
  it('rejects other extensions, unknown web origins and senders without a URL', async () => {
    const bg = makeBackground();
    const request = { type: 'favourites.list' };
    expect(await bg.send(request, { ...pageSender, id: 'other-extension' })).toEqual({
      ok: false,
      error: 'Sender not allowed',
    });
    expect(await bg.send(request, { id: EXTENSION_ID, url: 'https://evil.example/', tab: { id: 1 } })).toEqual({
      ok: false,
      error: 'Sender not allowed',
    });
    expect(await bg.send(request, { id: EXTENSION_ID })).toEqual({ ok: false, error: 'Sender not allowed' });
    // A look-alike host is not github.com.
    expect(
      await bg.send(
        { type: 'match', url: 'https://github.com/x/y' },
        contentSender(1, 'https://github.com.evil.example/'),
      ),
    ).toMatchObject({ ok: false });
    // A github.com URL without a tab is not a content script.
    expect(await bg.send({ type: 'settings.get' }, { id: EXTENSION_ID, url: 'https://github.com/' })).toMatchObject({
      ok: false,
    });
  });

  it('lets content scripts send only their own requests', async () => {
    const bg = makeBackground();
    expect(await bg.send({ type: 'settings.get' }, contentSender())).toMatchObject({ ok: true });
    expect(await bg.send({ type: 'favourites.set', id: 'kafka', on: true }, contentSender())).toMatchObject({
      ok: true,
    });
    for (const type of ['favourites.list', 'dismissed.list', 'sync.status']) {
      expect(await bg.send({ type }, contentSender())).toEqual({
        ok: false,
        error: `"${type}" is not available to content scripts`,
      });
    }
    expect(await bg.send({ type: 'export', format: 'json' }, contentSender())).toMatchObject({ ok: false });
    const blob = 'blob:https://github.com/0b1c2d3e-0000-4000-8000-000000000000';
    expect(await bg.send({ type: 'import.file', url: blob }, contentSender())).toMatchObject({ ok: false });
    expect(await bg.send({ type: 'settings.set', patch: { theme: 'dark' } }, contentSender())).toMatchObject({
      ok: false,
    });
  });
});

describe('message router: payloads', () => {
  const bad: [string, unknown][] = [
    ['not an object', 'favourites.list'],
    ['null', null],
    ['unknown type', { type: 'favourites.deleteAll' }],
    ['missing field', { type: 'favourites.set', id: 'kafka' }],
    ['wrong type', { type: 'favourites.set', id: 'kafka', on: 'yes' }],
    ['extra field', { type: 'favourites.list', all: true }],
    ['bad id', { type: 'visit', id: '../../etc' }],
    ['bad scope', { type: 'dismiss', id: 'kafka', scope: 'forever' }],
    ['bad setting', { type: 'settings.set', patch: { theme: 'purple' } }],
    ['unknown setting', { type: 'settings.set', patch: { evil: true } }],
    ['bad export format', { type: 'export', format: 'html' }],
    ['huge limit', { type: 'visits.recent', limit: 1e9 }],
    ['import from a web address', { type: 'import.file', url: 'https://example.com/favourites.json' }],
    // Retired: a file's text through messaging (up to ~90 MB). Pages hand over a blob: URL instead.
    ['import of text', { type: 'import', text: '{"format":"archscout","version":1,"favourites":[]}' }],
  ];
  it.each(bad)('rejects %s', async (_name, message) => {
    const bg = makeBackground();
    const reply = await bg.send(message);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error).toMatch(/^Invalid request/);
  });

  it('knows no text import: the type itself is refused, not its text', () => {
    const parsed = v.safeParse(requestSchema, { type: 'import', text: '{}' });
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        type: 'variant',
        received: '"import"',
        path: [expect.objectContaining({ key: 'type' })],
      }),
    ]);
  });
});
