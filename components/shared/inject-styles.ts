/**
 * Puts a surface's styles into the page from the script bundle. A separate stylesheet is one more
 * extension resource to fetch before the page can paint (about 10 ms measured on the popup), and
 * the pages render from script anyway, so nothing is shown unstyled. Every surface gets the theme
 * tokens and the shared component styles; each passes its own sheet (popup.css, sidepanel.css,
 * options.css, kept beside its components).
 */
import shared from './shared.css?inline';
import theme from './theme.css?inline';

export function injectStyles(...surface: string[]): void {
  const style = document.createElement('style');
  style.textContent = [theme, shared, ...surface].join('\n');
  document.head.append(style);
}
