/**
 * Puts the shared styles into the page from the script bundle. A separate stylesheet is one more
 * extension resource to fetch before the page can paint (about 10 ms measured on the popup), and
 * the pages render from script anyway, so nothing is shown unstyled.
 */
import components from './components.css?inline';
import theme from './theme.css?inline';

export function injectStyles(...extra: string[]): void {
  const style = document.createElement('style');
  style.textContent = [theme, components, ...extra].join('\n');
  document.head.append(style);
}
