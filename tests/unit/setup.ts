// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser APIs.
import 'fake-indexeddb/auto';
// Components write numbers with the phone formatter, which pages install at start-up.
import '../../lib/ui/phone-formats';
import fc from 'fast-check';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Every property test stops by time as well as by runs, so a loaded machine gives fewer runs
// instead of a timeout. Each fc.assert still names its own bounds; this covers one that forgets.
fc.configureGlobal({ interruptAfterTimeLimit: 4_000 });
