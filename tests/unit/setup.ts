// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser APIs.
import 'fake-indexeddb/auto';
// Components write numbers with the phone formatter, which pages install at start-up.
import '../../lib/ui/phone-formats';
import { configure as configureDom } from '@testing-library/dom';
import { configure as configurePreact } from '@testing-library/preact';
import fc from 'fast-check';
import { catalogsFrom } from '../../lib/i18n/catalog';
import { installCatalogs } from '../../utils/i18n';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
});

// Components write their text from the catalogs, as every page installs them before it renders.
installCatalogs(
  catalogsFrom(
    import.meta.glob<Record<string, string>>('../../lib/i18n/messages/*/*.json', {
      eager: true,
      import: 'default',
    }),
  ),
);

// Every property test stops by time as well as by runs, so a loaded machine gives fewer runs
// instead of a timeout. Each fc.assert still names its own bounds; this covers one that forgets.
fc.configureGlobal({ interruptAfterTimeLimit: 4_000 });

// `waitFor` and `findBy…` give up after 1 s by default: on a busy 2-core machine a save through
// fake-indexeddb can take longer than that (a run beside a second copy of the suite saw "Saved."
// arrive late). They still fail well within the test's own 30 s timeout. Both copies: the
// Preact binding carries its own @testing-library/dom, whose `waitFor` it re-exports.
configureDom({ asyncUtilTimeout: 15_000 });
configurePreact({ asyncUtilTimeout: 15_000 });
