import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { injectStyles } from '../../components/shared/inject-styles';
import options from '../../components/options/options.css?inline';
import { installOptionsCatalogs } from './catalogs';
import { followLanguageSetting } from '../../utils/language-setting';
import { requestOriginAccess } from '../../utils/server-access';
import { addSite, listSites, removeSite, watchSites } from './sites';

followLanguageSetting();
injectStyles(options);

// The first render waits for the catalogs of the language the page opens in (at once for
// English; another language is a chunk of its own, see catalogs.ts).
void installOptionsCatalogs().then(() =>
  render(
    <OptionsApp
      sites={{ list: listSites, watch: watchSites, add: addSite, remove: removeSite }}
      requestAccess={requestOriginAccess}
    />,
    document.getElementById('app')!,
  ),
);
