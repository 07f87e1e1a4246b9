import { render } from 'preact';
import { SidePanelApp } from '../../components/SidePanelApp';
import '../../components/styles/theme.css';
import '../../components/styles/components.css';

render(<SidePanelApp />, document.getElementById('app')!);
