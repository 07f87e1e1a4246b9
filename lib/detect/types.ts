/** What detection finds and where, shared by the library, the content script and the tests. */
import type { CountryCode } from 'libphonenumber-js/core';

export type { CountryCode };

/** One phone number found on a page (the contract in docs/library.md). */
export interface PhoneMatch {
  /** The number in E.164, without extension: "+14155550100". */
  e164: string;
  /** Extension digits, when the page gives one ("ext. 12", "x12", ";ext=12"). */
  ext?: string;
  /** The text as shown on the page (whitespace collapsed), including the extension. */
  text: string;
  source: 'text' | 'link' | 'input';
  /** The country the number was read in (for an international number, the number's country). */
  region?: CountryCode;
  /** Why: written with "+" or an international prefix, the page's context, or the default country. */
  regionSource?: RegionSource;
}

export type RegionSource = 'international' | 'context' | 'default';

/** Where the page context named the country: the card says "from this row", "from the address"… */
export type RegionEvidence = 'row' | 'label' | 'record' | 'address' | 'selector' | 'numbers';

export interface DetectOptions {
  /** Country for numbers written without a country code; without it only "+…" numbers are found. */
  defaultCountry?: CountryCode;
  /**
   * Extra visibility test for a matched element. Detection itself only sees the `hidden`
   * attribute and inline `display:none` / `visibility:hidden`; a browser passes
   * `el.checkVisibility()` here to also honour stylesheets. Called once per match, not per node.
   */
  isVisible?: (element: Element) => boolean;
  /** Elements never entered, such as the content script's own overlay host. */
  ignore?: (element: Element) => boolean;
  /**
   * CSS selectors of elements never scanned (with their subtrees), as an admin lists them for a
   * site. Elements marked `data-ringside="off"` are never scanned either way.
   */
  exclude?: readonly string[];
}

/** A text match's place in the DOM: a range over one or more adjacent text nodes. */
export interface TextPlace {
  kind: 'text';
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A link's or input's match: the element itself. */
export interface ElementPlace {
  kind: 'element';
  element: Element;
}

export interface Detected extends PhoneMatch {
  place: TextPlace | ElementPlace;
  /** With regionSource 'context': what in the page named the country. */
  regionEvidence?: RegionEvidence;
}

/**
 * A piece of the DOM to scan. `deep` scans the whole subtree; a shallow unit scans only the text
 * that belongs to `root` itself (its inline content, links and inputs) and leaves nested blocks
 * and shadow roots alone, so a changed text node in a big list does not rescan the list.
 */
export interface ScanUnit {
  root: Node;
  deep: boolean;
}
