// Test helpers: a background over fake-indexeddb, a fake storage.sync and
// WXT's fake browser, plus senders of each kind.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { makeCatalog, makeProject } from '@/catalog/store/fixtures/test-catalog';
import { FakeSyncCloud } from '@/catalog/sync/fake-sync-area';
import type { SyncArea } from '@/catalog/sync/sync-area';
import { type Background, createBackground } from './background';
import type { Envelope, ImportResult } from './protocol';
import { routeMessage } from './router';
import type { SenderInfo, SenderPolicy } from './sender';

export const EXTENSION_ID = 'test-extension-id';

export const policy: SenderPolicy = {
  extensionId: EXTENSION_ID,
  extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
  contentOrigins: new Set(['https://github.com', 'https://etcd.io']),
};

export const pageSender: SenderInfo = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };
export const contentSender = (tabId = 7, url = 'https://github.com/example/kafka'): SenderInfo => ({
  id: EXTENSION_ID,
  url,
  tab: { id: tabId },
});

export const testCatalog = makeCatalog(
  [
    makeProject('kafka', { name: 'Kafka' }),
    makeProject('rabbitmq', { name: 'RabbitMQ' }),
    makeProject('nats', { name: 'NATS' }),
    makeProject('nsq', { name: 'NSQ' }),
    makeProject('pulsar', { name: 'Pulsar' }),
    makeProject('activemq', { name: 'ActiveMQ' }),
    makeProject('rocketmq', { name: 'RocketMQ' }),
    makeProject('zeromq', { name: 'ZeroMQ' }),
    makeProject('etcd', {
      name: 'etcd',
      categories: ['service-discovery'],
      docs: [{ host: 'etcd.io', pathPrefix: '/' }],
    }),
    makeProject('consul', { name: 'Consul', categories: ['service-discovery'] }),
  ],
  'test-hash-1',
);

export interface TestBackground extends Background {
  factory: IDBFactory;
  clock: { now: number };
  send: (message: unknown, sender?: SenderInfo) => Promise<Envelope>;
  /** Sends a page request and returns its result, failing the test on an error envelope. */
  call: <T = unknown>(message: unknown, sender?: SenderInfo) => Promise<T>;
  /** Imports `text` as the options page does: `import.file` with a blob: URL of the page's own. */
  importText: (text: string) => Promise<ImportResult>;
}

/**
 * Node's blob: URLs are `blob:nodedata:...`, never the page's origin the handler asks for, so
 * fetch is stood in for, for this one URL and this one request.
 */
async function withPageBlob<T>(text: string, use: (url: string) => Promise<T>): Promise<T> {
  const url = `blob:${policy.extensionOrigin}/${crypto.randomUUID()}`;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => (input === url ? Promise.resolve(new Response(text)) : realFetch(input, init));
  try {
    return await use(url);
  } finally {
    globalThis.fetch = realFetch;
  }
}

export function makeBackground(
  options: { factory?: IDBFactory; cloud?: FakeSyncCloud; catalog?: typeof testCatalog; syncArea?: SyncArea } = {},
): TestBackground {
  const factory = options.factory ?? new IDBFactory();
  const clock = { now: 1_700_000_000_000 };
  const cloud = options.cloud ?? new FakeSyncCloud(() => clock.now);
  const background = createBackground({
    catalog: options.catalog ?? testCatalog,
    indexedDB: factory,
    syncArea: options.syncArea ?? cloud.connect(),
    now: () => clock.now,
    syncDebounceMs: 5,
  });
  const send = (message: unknown, sender: SenderInfo = pageSender) =>
    routeMessage(background.ctx, policy, message, sender);
  const call = async <T>(message: unknown, sender: SenderInfo = pageSender): Promise<T> => {
    const reply = await send(message, sender);
    if (!reply.ok) throw new Error(`unexpected error reply: ${reply.error}`);
    return reply.result as T;
  };
  const importText = (text: string) => withPageBlob(text, (url) => call<ImportResult>({ type: 'import.file', url }));
  return { ...background, factory, clock, send, call, importText };
}
