// Every unit test gets a fresh in-memory IndexedDB and WXT's fake browser APIs.
import 'fake-indexeddb/auto';
// Components write numbers with the phone formatter, which pages install at start-up.
import '../../lib/ui/phone-formats';
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

// Components write their text through utils/i18n.ts, whose catalogs each page installs at start-up.
installCatalogs(
  catalogsFrom(
    import.meta.glob('../../lib/i18n/messages/*/*.json', { eager: true, import: 'default' }),
  ),
);
