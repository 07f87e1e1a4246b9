/**
 * The card's caller-ID dropdown as DOM, inside the card's closed shadow root: a select-only
 * combobox (WAI-ARIA APG) that opens a filter box (an editable combobox with list autocomplete)
 * over a listbox, as the popup's dropdown does. Focus stays in the filter box while the list is
 * open; the active option is named with aria-activedescendant. Keys: ↓/↑/Enter/Space open it,
 * typing opens it with what was typed; in the list ↑/↓, Home/End, PageUp/PageDown move, Enter
 * picks, Escape closes (./keyboard.ts asks `close()` first so the card itself stays), Tab leaves.
 *
 * Only the rows in view are drawn (lib/ui/window-range.ts): a list of 2,000 numbers draws about
 * a dozen. The options arrive only when the list opens (`load`), so a card that is only hovered
 * never carries them. A pick is reported only for a trusted key press or click: a page script
 * cannot pick for the agent.
 */
import { displayText } from '../../lib/ui/bidi';
import { filterOptions, moveActive, type CardOption } from '../../lib/ui/card-choice-options';
import { revealScrollTop, visibleRange } from '../../lib/ui/window-range';
import { cardTranslator, t } from './i18n';

/** Every row is this tall (set inline, so the windowing arithmetic and the CSS agree). */
export const ROW_HEIGHT = 38;
/** The open list shows six rows, then scrolls. */
const LIST_HEIGHT = 6 * ROW_HEIGHT;

export const DROPDOWN_CSS = `
  .choice .caption { display: block; font-size: 12px; color: #4a5563; margin-bottom: 2px; }
  .choice .caption.error { color: #b3261e; }
  .choice .trigger {
    display: flex; align-items: center; gap: 6px; cursor: pointer; min-width: 0;
    border: 1px solid #c9d3df; border-radius: 6px; padding: 4px 6px; font-size: 12px;
  }
  .choice .trigger:focus-visible { outline: 3px solid #f5a623; outline-offset: 1px; }
  /* Inside the list's box (which clips what sticks out): drawn inward. */
  .choice input:focus-visible { outline: 2px solid #f5a623; outline-offset: -2px; }
  .choice .value { flex: 1; min-width: 0; overflow-wrap: anywhere; }
  .choice .chevron { flex: none; color: #4a5563; }
  .choice .popup { margin-top: 4px; border: 1px solid #c9d3df; border-radius: 6px; overflow: hidden; }
  .choice .popup[hidden] { display: none; }
  .choice input {
    box-sizing: border-box; width: 100%; font: inherit; font-size: 12px; color: inherit;
    background: transparent; border: 0; border-bottom: 1px solid #c9d3df; padding: 5px 6px;
  }
  .choice .scroller { overflow-y: auto; }
  .choice ul { list-style: none; margin: 0; padding: 0; }
  .choice li {
    box-sizing: border-box; padding: 3px 6px; cursor: pointer; display: grid; align-content: center;
    font-size: 12px; line-height: 15px; overflow: hidden;
  }
  .choice li .line { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .choice li .sub { color: #4a5563; }
  .choice li .line.wrap { white-space: normal; }
  .choice li.active { background: #e3eefc; }
  .choice li[aria-selected='true'] .line:first-child { font-weight: 600; }
  .choice .count { margin: 0; padding: 3px 6px; font-size: 11px; color: #6b7480; border-top: 1px solid #c9d3df; }
  @media (prefers-color-scheme: dark) {
    .choice .caption, .choice .chevron, .choice li .sub { color: #a9b3bf; }
    .choice .caption.error { color: #ff8a80; }
    .choice .trigger, .choice .popup, .choice input, .choice .count { border-color: #3a4452; }
    .choice li.active { background: #2b3a4f; }
    .choice .count { color: #a9b3bf; }
  }
`;

export interface DropdownSource {
  /** The options, fetched when the list first opens. */
  load(): Promise<CardOption[]>;
  /** The agent picked `value` (a trusted event). */
  pick(value: string): void;
  /** The dropdown grew or shrank: the card places itself again. */
  resized(): void;
}

export class CardDropdown {
  readonly root: HTMLElement;
  /** Which list this dropdown shows (the preview's version of it). */
  version: string;
  private readonly caption: HTMLElement;
  private readonly trigger: HTMLElement;
  private readonly value: HTMLElement;
  private readonly popup: HTMLElement;
  private readonly filter: HTMLInputElement;
  private readonly scroller: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly count: HTMLElement;
  private options: CardOption[] | null = null;
  private shown: number[] = [];
  private active = 0;
  private selected: string;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly doc: Document,
    version: string,
    selected: string,
    selectedText: CardOption,
    private readonly source: DropdownSource,
  ) {
    this.version = version;
    this.selected = selected;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className = '') => {
      const node = doc.createElement(tag);
      if (className) node.className = className;
      return node;
    };
    this.root = el('div', 'dropdown');
    this.caption = el('span', 'caption');
    this.caption.id = 'ringside-choice-label';
    this.trigger = el('div', 'trigger');
    this.trigger.id = 'ringside-choice';
    this.trigger.tabIndex = 0;
    this.trigger.setAttribute('role', 'combobox');
    this.trigger.setAttribute('aria-haspopup', 'listbox');
    this.trigger.setAttribute('aria-expanded', 'false');
    this.trigger.setAttribute('aria-controls', 'ringside-choice-list');
    this.trigger.setAttribute('aria-labelledby', 'ringside-choice-label');
    this.value = el('span', 'value');
    const chevron = el('span', 'chevron');
    chevron.textContent = '▾';
    chevron.setAttribute('aria-hidden', 'true');
    this.trigger.append(this.value, chevron);
    this.popup = el('div', 'popup');
    this.popup.hidden = true;
    this.filter = el('input');
    this.filter.type = 'text';
    this.filter.autocomplete = 'off';
    this.filter.spellcheck = false;
    this.filter.setAttribute('role', 'combobox');
    this.filter.setAttribute('aria-autocomplete', 'list');
    this.filter.setAttribute('aria-expanded', 'true');
    this.filter.setAttribute('aria-controls', 'ringside-choice-list');
    this.list = el('ul');
    this.list.id = 'ringside-choice-list';
    this.list.tabIndex = -1;
    this.list.setAttribute('role', 'listbox');
    this.list.setAttribute('aria-labelledby', 'ringside-choice-label');
    // The list's padding stands for the rows not drawn; its box scrolls inside this one.
    this.scroller = el('div', 'scroller');
    this.scroller.style.maxHeight = `${LIST_HEIGHT}px`;
    this.scroller.append(this.list);
    this.count = el('p', 'count');
    this.count.setAttribute('role', 'status');
    this.popup.append(this.filter, this.scroller, this.count);
    this.root.append(this.caption, this.trigger, this.popup);
    this.setCaption();
    this.showValue(selectedText);

    // The page hears no key typed here (its shortcuts must not fire while the agent filters).
    for (const type of ['keydown', 'keyup', 'keypress'] as const)
      this.root.addEventListener(type, (event) => event.stopPropagation());
    this.trigger.addEventListener('keydown', (event) => this.onTriggerKey(event));
    this.trigger.addEventListener('click', () => (this.isOpen ? this.close(true) : this.open()));
    this.filter.addEventListener('keydown', (event) => this.onFilterKey(event));
    this.filter.addEventListener('input', () => this.refilter());
    this.scroller.addEventListener('scroll', () => this.draw(), { passive: true });
    // Keep the focus in the filter box while the pointer is on the list.
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const row = (event.target as Element).closest?.('li');
      const at = row ? Number(row.dataset.at) : NaN;
      if (!event.isTrusted || Number.isNaN(at)) return;
      this.pickAt(at);
    });
    this.root.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (!next || !this.root.contains(next)) this.close(false);
    });
  }

  get isOpen(): boolean {
    return !this.popup.hidden;
  }

  /** The caption: "Outbound caller ID", or what went wrong with the last pick. */
  setCaption(error?: string): void {
    this.caption.textContent = error ?? t('card.choice.label');
    this.caption.classList.toggle('error', !!error);
  }

  /** The selected option changed (a pick was saved, or another surface changed it). */
  select(value: string, option: CardOption): void {
    this.selected = value;
    this.showValue(option);
    if (this.isOpen) this.draw();
  }

  focus(): void {
    this.trigger.focus();
  }

  private showValue(option: CardOption): void {
    this.value.replaceChildren(...optionLines(this.doc, option));
  }

  open(text = ''): void {
    if (this.isOpen) return;
    this.popup.hidden = false;
    this.trigger.setAttribute('aria-expanded', 'true');
    this.filter.setAttribute('aria-label', t('card.choice.filter'));
    this.filter.placeholder = t('card.choice.filterPlaceholder');
    this.filter.value = text;
    this.filter.focus();
    if (this.options) this.refilter(true);
    else {
      this.count.textContent = t('card.choice.loading');
      this.loading ??= this.source
        .load()
        .then((options) => {
          this.options = options;
          if (!this.isOpen) return;
          this.refilter(true);
          this.source.resized();
        })
        .catch((error: unknown) => {
          this.close(true);
          this.setCaption(error instanceof Error ? error.message : String(error));
        })
        .finally(() => {
          this.loading = null;
        });
    }
    this.source.resized();
  }

  /** Closes the list; true when it was open (Escape then closes only the list, not the card). */
  close(refocus: boolean): boolean {
    if (!this.isOpen) return false;
    this.popup.hidden = true;
    this.trigger.setAttribute('aria-expanded', 'false');
    this.filter.removeAttribute('aria-activedescendant');
    this.list.replaceChildren();
    if (refocus) this.trigger.focus();
    this.source.resized();
    return true;
  }

  private onTriggerKey(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    const { key } = event;
    if (key === 'ArrowDown' || key === 'ArrowUp' || key === 'Enter' || key === ' ') {
      event.preventDefault();
      this.open();
    } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      this.open(key);
    }
  }

  private onFilterKey(event: KeyboardEvent): void {
    const next = moveActive(event.key, this.active, this.shown.length);
    if (next !== null) {
      event.preventDefault();
      this.moveTo(next);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (event.isTrusted && this.shown.length > 0) this.pickAt(this.active);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close(true);
    } else if (event.key === 'Tab') {
      this.close(false);
    }
  }

  private pickAt(at: number): void {
    const index = this.shown[at];
    const option = index === undefined ? undefined : this.options?.[index];
    this.close(true);
    if (option && option.value !== this.selected) {
      this.select(option.value, option);
      this.source.pick(option.value);
    }
  }

  /** The filter text changed (or the list arrived): narrow, and start at the selected option. */
  private refilter(opening = false): void {
    if (!this.options) return;
    const query = this.filter.value;
    // Countries are found by their name in the card's language as well as in English.
    const tr = cardTranslator();
    this.shown = filterOptions(this.options, query, (code) => tr.country(code));
    const selectedAt = this.shown.findIndex((i) => this.options![i]!.value === this.selected);
    this.active = opening && !query.trim() ? Math.max(0, selectedAt) : 0;
    this.scroller.scrollTop = revealScrollTop(0, LIST_HEIGHT, ROW_HEIGHT, this.active);
    const total = this.options.length;
    this.count.textContent =
      this.shown.length === 0
        ? t('card.choice.none', { query: query.trim() })
        : query.trim()
          ? t('card.choice.some', { shown: this.shown.length, total })
          : t('card.choice.all', { total });
    this.draw();
  }

  private moveTo(at: number): void {
    this.active = at;
    this.scroller.scrollTop = revealScrollTop(this.scroller.scrollTop, LIST_HEIGHT, ROW_HEIGHT, at);
    this.draw();
  }

  /** Draws the rows in view (and a few either side); the others are padding of the list. */
  private draw(): void {
    const options = this.options;
    if (!options || !this.isOpen) return;
    const range = visibleRange(this.scroller.scrollTop, LIST_HEIGHT, ROW_HEIGHT, this.shown.length);
    const rows: HTMLLIElement[] = [];
    for (let at = range.start; at < range.end; at++) {
      const option = options[this.shown[at]!]!;
      const li = this.doc.createElement('li');
      li.id = `ringside-choice-${this.shown[at]}`;
      li.dataset.at = String(at);
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', String(option.value === this.selected));
      li.setAttribute('aria-label', displayText(option.text, 200));
      li.setAttribute('aria-setsize', String(this.shown.length));
      li.setAttribute('aria-posinset', String(at + 1));
      li.style.height = `${ROW_HEIGHT}px`;
      if (at === this.active) li.className = 'active';
      li.append(...optionLines(this.doc, option));
      rows.push(li);
    }
    this.list.style.paddingTop = `${range.start * ROW_HEIGHT}px`;
    this.list.style.paddingBottom = `${(this.shown.length - range.end) * ROW_HEIGHT}px`;
    this.list.replaceChildren(...rows);
    const active = this.shown.length ? `ringside-choice-${this.shown[this.active]}` : '';
    if (active) this.filter.setAttribute('aria-activedescendant', active);
    else this.filter.removeAttribute('aria-activedescendant');
  }
}

/** An option's lines: its label (or Default's text), then the number, each in its own isolate. */
function optionLines(doc: Document, option: CardOption): HTMLElement[] {
  const line = (text: string, className: string, ltr = false) => {
    const node = doc.createElement('bdi');
    node.className = className;
    node.style.display = 'block';
    if (ltr) node.dir = 'ltr';
    node.textContent = displayText(text, 120);
    return node;
  };
  // Default's sentence may take two lines (Spanish and Portuguese run longer); names never wrap.
  if (option.display === undefined) return [line(option.text, 'line wrap')];
  if (!option.label) return [line(option.display, 'line', true)];
  return [line(option.label, 'line'), line(option.display, 'line sub', true)];
}
