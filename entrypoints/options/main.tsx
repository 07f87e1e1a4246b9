import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles/theme.css';
import '../../components/styles/components.css';
import '../../components/styles/options.css';
import { addSite, removeSite } from './sites';

render(
  <OptionsApp sites={{ add: addSite, remove: removeSite }} />,
  document.getElementById('app')!,
);
