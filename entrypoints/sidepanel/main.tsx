import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import { injectStyles } from '../../components/styles/inject';

injectStyles();
render(<SidePanelApp />, document.getElementById('app')!);
