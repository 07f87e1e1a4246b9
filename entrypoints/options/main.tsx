import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { OptionsApp } from '../../components/OptionsApp';
import { injectStyles } from '../../components/styles/inject';
import options from '../../components/styles/options.css?inline';
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
