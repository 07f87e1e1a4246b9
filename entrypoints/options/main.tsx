import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { OptionsApp } from '../../components/options/OptionsApp';
import { injectStyles } from '../../components/shared/inject-styles';
import options from '../../components/options/options.css?inline';
import { requestOriginAccess } from '../../utils/server-access';
import { addSite, listSites, removeSite, watchSites } from './sites';

injectStyles(options);
render(
  <OptionsApp
    sites={{ list: listSites, watch: watchSites, add: addSite, remove: removeSite }}
    requestAccess={requestOriginAccess}
  />,
  document.getElementById('app')!,
);
