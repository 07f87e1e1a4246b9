import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { injectStyles } from '../../components/shared/inject-styles';
import options from '../../components/options/options.css?inline';
import { catalogsFrom } from '../../lib/i18n/catalog';
import { installCatalogs } from '../../utils/i18n';
import { followLanguageSetting } from '../../utils/language-setting';
import { requestOriginAccess } from '../../utils/server-access';
import { addSite, listSites, removeSite, watchSites } from './sites';

// The areas this page shows: its own, the shared components', and the texts lib/ builds for it
// (`softphone` for the Firefox notice, which the side panel and a refused call word alike).
installCatalogs(
  catalogsFrom(
    import.meta.glob<Record<string, string>>(
      '../../lib/i18n/messages/*/{common,options,config,reasons,calls,softphone}.json',
      { eager: true, import: 'default' },
    ),
  ),
);
followLanguageSetting();
injectStyles(options);

render(
  <OptionsApp
    sites={{ list: listSites, watch: watchSites, add: addSite, remove: removeSite }}
    requestAccess={requestOriginAccess}
  />,
  document.getElementById('app')!,
);
