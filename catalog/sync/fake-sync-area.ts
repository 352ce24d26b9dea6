// A fake storage.sync for tests that enforces every documented quota, with a
// "cloud" that carries each browser's writes to the others when told to
// (deliver), the way browser sync does some time later. Writes arrive at the
// cloud in order and the last one per key wins there, like the real service.
import { itemBytes, SYNC_QUOTA, type SyncQuota } from './quota';
import type { SyncArea } from './sync-area';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void;

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class FakeSyncArea implements SyncArea {
  data: Record<string, unknown> = {};
  writeCalls = 0;
  private readonly writeTimes: number[] = [];
  private readonly listeners: Listener[] = [];
  /** Writes not yet carried to the cloud, in order. */
  outbox: [key: string, value: unknown][] = [];

  constructor(
    private readonly now: () => number,
    private readonly quota: SyncQuota = SYNC_QUOTA,
  ) {}

  onChanged(listener: Listener): void {
    this.listeners.push(listener);
  }

  async getAll(): Promise<Record<string, unknown>> {
    return structuredClone(this.data);
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.countWrite();
    const next = { ...this.data, ...structuredClone(items) };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > this.quota.QUOTA_BYTES_PER_ITEM)
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    if (Object.keys(next).length > this.quota.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
    let total = 0;
    for (const [key, value] of Object.entries(next)) total += itemBytes(key, value);
    if (total > this.quota.QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    this.apply(Object.entries(items), true);
  }

  async remove(keys: string[]): Promise<void> {
    this.countWrite();
    this.apply(
      keys.map((k) => [k, undefined]),
      true,
    );
  }

  /** Applies changes (from this browser, or arriving from the cloud) and notifies listeners. */
  apply(entries: [string, unknown][], local: boolean): void {
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of entries) {
      const oldValue = this.data[key];
      if (value === undefined) delete this.data[key];
      else this.data[key] = structuredClone(value);
      changes[key] = { oldValue, newValue: value };
      if (local) this.outbox.push([key, value]);
    }
    if (Object.keys(changes).length > 0) for (const l of this.listeners) l(changes);
  }

  private countWrite(): void {
    const now = this.now();
    this.writeCalls++;
    while (this.writeTimes.length > 0 && (this.writeTimes[0] ?? 0) <= now - HOUR) this.writeTimes.shift();
    if (this.writeTimes.filter((t) => t > now - MINUTE).length >= this.quota.MAX_WRITE_OPERATIONS_PER_MINUTE) {
      throw new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded');
    }
    if (this.writeTimes.length >= this.quota.MAX_WRITE_OPERATIONS_PER_HOUR) {
      throw new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded');
    }
    this.writeTimes.push(now);
  }
}

/** The sync service between browsers' areas. */
export class FakeSyncCloud {
  readonly areas: FakeSyncArea[] = [];
  private readonly server: Record<string, unknown> = {};

  constructor(
    private readonly now: () => number,
    private readonly quota: SyncQuota = SYNC_QUOTA,
  ) {}

  connect(): FakeSyncArea {
    const area = new FakeSyncArea(this.now, this.quota);
    this.areas.push(area);
    return area;
  }

  /** Uploads every area's pending writes (in the order given), then brings every area up to date. */
  deliver(order: FakeSyncArea[] = this.areas): void {
    for (const area of order) {
      for (const [key, value] of area.outbox) {
        if (value === undefined) delete this.server[key];
        else this.server[key] = value;
      }
      area.outbox = [];
    }
    for (const area of this.areas) {
      const changed: [string, unknown][] = [];
      for (const key of new Set([...Object.keys(area.data), ...Object.keys(this.server)])) {
        if (JSON.stringify(area.data[key]) !== JSON.stringify(this.server[key])) changed.push([key, this.server[key]]);
      }
      area.apply(changed, false);
    }
  }
}
