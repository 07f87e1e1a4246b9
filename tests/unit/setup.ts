// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser APIs.
import 'fake-indexeddb/auto';
// Components write numbers with the phone formatter, which pages install at start-up.
import '../../lib/ui/phone-formats';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});
