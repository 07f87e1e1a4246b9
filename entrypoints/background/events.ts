/** Connects browser events to the background service. Returns a function that disconnects them. */
import { browser } from 'wxt/browser';
import type { BackgroundService } from '../../lib/background/service';
import { registerMessages } from './messages';
import { SYNC_ALARM } from './platform';

export function wireEvents(service: BackgroundService): () => void {
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === SYNC_ALARM) void service.onSyncAlarm();
  };
  const onStorageChanged = (_changes: unknown, area: string) => {
    if (area === 'managed') void service.onPolicyChanged();
  };
  const unregisterMessages = registerMessages(service);
  browser.alarms.onAlarm.addListener(onAlarm);
  browser.storage.onChanged.addListener(onStorageChanged);
  return () => {
    unregisterMessages();
    browser.alarms.onAlarm.removeListener(onAlarm);
    browser.storage.onChanged.removeListener(onStorageChanged);
  };
}
