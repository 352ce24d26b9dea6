// The part of storage.sync the engine needs. browser.storage.sync fits it
// (services/sync-driver.ts adapts it); FakeSyncArea implements it for tests.
export interface SyncArea {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}
