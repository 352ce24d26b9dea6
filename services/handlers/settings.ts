import { readSettings, updateSettings } from '../settings';
import type { Handler } from './types';

export const handleSettingsGet: Handler<'settings.get'> = () => readSettings();

export const handleSettingsSet: Handler<'settings.set'> = (ctx, { patch }) =>
  ctx.queue.run(() => updateSettings(patch));

export const handleSyncStatus: Handler<'sync.status'> = (ctx) => ctx.syncStatus();
