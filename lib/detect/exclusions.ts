/**
 * The admin's per-site exclusions: CSS selectors of page parts detection never scans, kept per
 * site origin in the settings and typed one per line in the options page.
 */

/**
 * The selectors for the page at `url`, or none: its origin's list, else its scheme and host's
 * (sites are enabled by host, whatever the port: "http://localhost/*" covers localhost:5175).
 */
export function siteExclusions(
  bySite: Readonly<Record<string, readonly string[]>> | undefined,
  url: string | undefined,
): string[] {
  if (!bySite || !url) return [];
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return [];
  }
  const list = bySite[page.origin] ?? bySite[`${page.protocol}//${page.hostname}`];
  return [...(list ?? [])];
}

export interface SelectorLines {
  selectors: string[];
  /** One message per line that is not a selector, naming the line. */
  errors: string[];
}

/**
 * The selectors typed one per line (blank lines dropped). `isValid` checks one selector's syntax
 * (a page passes one that asks the browser's CSS parser).
 */
export function parseSelectorLines(
  text: string,
  isValid: (selector: string) => boolean,
): SelectorLines {
  const selectors: string[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, index) => {
    const selector = line.trim();
    if (!selector) return;
    if (selector.length > 500) errors.push(`Line ${index + 1} is longer than 500 characters.`);
    else if (!isValid(selector)) {
      errors.push(`Line ${index + 1}: "${selector}" is not a valid CSS selector.`);
    } else selectors.push(selector);
  });
  if (selectors.length > 50) errors.push('At most 50 selectors per site.');
  return { selectors, errors };
}
