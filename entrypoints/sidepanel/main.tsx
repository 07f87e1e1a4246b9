import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { injectStyles } from '../../components/shared/inject-styles';
import sidepanel from '../../components/sidepanel/sidepanel.css?inline';
import { catalogsFrom } from '../../lib/i18n/catalog';
import { installCatalogs, t } from '../../utils/i18n';
import { followDocumentLanguage, followLanguageSetting } from '../../utils/language-setting';

installCatalogs(
  catalogsFrom(
    import.meta.glob('../../lib/i18n/messages/*/{common,sidepanel,softphone}.json', {
      eager: true,
      import: 'default',
    }),
  ),
);
followLanguageSetting();
followDocumentLanguage(() => t('sidepanel.documentTitle'));
injectStyles(sidepanel);
render(<SidePanelApp />, document.getElementById('app')!);
