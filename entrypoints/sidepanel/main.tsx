import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { injectStyles } from '../../components/shared/inject-styles';
import sidepanel from '../../components/sidepanel/sidepanel.css?inline';

injectStyles(sidepanel);
render(<SidePanelApp />, document.getElementById('app')!);
