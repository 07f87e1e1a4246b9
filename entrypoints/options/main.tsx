import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { injectStyles } from '../../components/styles/inject';
import options from '../../components/styles/options.css?inline';
import { addSite, removeSite } from './sites';

injectStyles(options);
render(
  <OptionsApp sites={{ add: addSite, remove: removeSite }} />,
  document.getElementById('app')!,
);
