import { render } from 'preact';
// Installs the phone formatter (lib/ui/format.ts) before anything here shows a number.
import '../../lib/ui/phone-formats';
import { SidePanelApp } from '../../components/SidePanelApp';
import { injectStyles } from '../../components/styles/inject';

injectStyles();
render(<SidePanelApp />, document.getElementById('app')!);
