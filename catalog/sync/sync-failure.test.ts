import { describe, expect, it } from 'vitest';
import { isLastingSyncFailure, NO_SYNC_AREA } from './sync-failure';

describe('isLastingSyncFailure', () => {
  it('is true for a browser without storage.sync, or with it switched off or unusable for this add-on', () => {
    for (const message of [
      NO_SYNC_AREA,
      'Please set webextensions.storage.sync.enabled to true in about:config',
      'The storage API will not work with a temporary addon ID. Please add an explicit addon ID to your manifest.',
    ])
      expect(isLastingSyncFailure(new Error(message)), message).toBe(true);
  });

  it('is false for failures that pass, which the retry alarm tries again', () => {
    for (const error of [
      new Error('IO error: /profile/Sync Extension Settings/000003.log: No space left on device'),
      new Error('An unexpected error occurred'),
      new DOMException('The database connection is closing.', 'InvalidStateError'),
      'the sync server is not reachable',
      undefined,
    ])
      expect(isLastingSyncFailure(error), String(error)).toBe(false);
  });
});
