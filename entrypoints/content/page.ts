/**
 * One page (one frame) with Ringside on it: the first scan in slices, then only what mutations
 * touch; the highlights, the call card and the listeners that open it. Nothing here writes into
 * the page's DOM except the overlay host, added the first time a card opens.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  OBSERVE_OPTIONS,
  planRescan,
  RECORDS_PER_SLICE,
  ScanLoop,
  Scanner,
} from '../../lib/detect';
import type { DetectOptions, ScanSink, ScanUnit } from '../../lib/detect';
import { ScrollJumps } from '../../lib/detect/scroll-jumps';
import { forgetPreviews, loadPageSettings, type PageSettings } from './calls';
import { Card } from './card';
import { cardTranslator } from './i18n';
import { followCardLanguage } from './language';
import { watchKeyboard } from './keyboard';
import { LongLists } from './long-lists';
import { Marks } from './marks';
import { Overlay } from './overlay';
import { setAccountCountry } from './reading-switch';
import { watchPointer } from './pointer';
import { watchTelLinks } from './tel-links';

/** When custom elements seen without a shadow root are looked at again (they may upgrade). */
const HOST_RECHECKS_MS = [300, 2000];

/** Set on the content script's own global (its isolated world), never on the page. */
interface RingsideGlobal {
  /**
   * The running copy: `gone` is its own check (its bundle's `browser`), so a later copy can ask
   * it, and stop it when its extension is gone.
   */
  __ringsidePage?: { gone: () => boolean; stop: () => void; stats?: () => PageStats };
}

/** What the end-to-end tests read of a running page (over DevTools, in this isolated world). */
export interface PageStats {
  /** Numbers found and kept now. */
  numbers: number;
  /** Long lists scanned near the viewport only. */
  longLists: number;
}

/** True in a content script whose extension was reloaded, updated or removed. */
function runtimeGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** Visible to the agent: checkVisibility, looking through `display: contents` wrappers. */
function isVisible(element: Element): boolean {
  for (let el: Element | null = element; el; el = el.parentElement) {
    if (typeof el.checkVisibility !== 'function') return true;
    if (el.checkVisibility({ visibilityProperty: true })) return true;
    if (getComputedStyle(el).display !== 'contents') return false;
  }
  return false;
}

export function startPage(ctx: ContentScriptContext): void {
  const global = globalThis as RingsideGlobal;
  // Injected twice (the manifest and, after enabling, executeScript): the first copy stays,
  // unless it belongs to an extension that is gone.
  const running = global.__ringsidePage;
  if (running && !running.gone()) return;
  running?.stop();
  const doc = document;
  if (doc.designMode === 'on') return;

  const abort = new AbortController();
  const signal = abort.signal;
  const overlay = new Overlay(doc);
  const marks = new Marks();
  const card = new Card(overlay, marks, doc);
  marks.onReleaseHooks.push((mark) => card.released(mark));
  const page = {
    gone: runtimeGone,
    stop: () => stop(),
    stats: (): PageStats => ({ numbers: marks.registry.size, longLists: longLists.size }),
  };
  global.__ringsidePage = page;
  let settings: PageSettings = {
    defaultCountry: undefined,
    routeTelLinks: false,
    offerCalls: false,
    exclude: [],
  };

  const records: MutationRecord[] = [];
  const observed = new WeakSet<Node>();
  const hostChecks = new Map<Element, number>();
  let hostTimer: ReturnType<typeof setTimeout> | undefined;

  const ignore = (el: Element) => el === overlay.host;
  const options = (): DetectOptions => ({
    defaultCountry: settings.defaultCountry,
    isVisible,
    ignore,
    exclude: settings.exclude,
  });

  const observer = new MutationObserver((batch) => {
    records.push(...batch);
    loop.kick();
  });
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, OBSERVE_OPTIONS);
  };

  const longLists = new LongLists(doc.defaultView!, {
    scan: (units) => loop.add(units),
    forget: (row) => marks.registry.forgetWithin(row),
  });

  const sink: ScanSink = {
    ...marks.registry.sink,
    longList: (list) => longLists.take(list),
    shadowRoot: observe,
    customElement: (el) => {
      if (!hostChecks.has(el)) hostChecks.set(el, 0);
    },
  };

  const makeLoop = () =>
    new ScanLoop({
      createScanner: (units) => new Scanner(sink, options(), units),
      beforeSlice: () => {
        if (!records.length) return [];
        const plan = planRescan(records.splice(0, RECORDS_PER_SLICE), ignore);
        if (plan.removed) marks.registry.sweep();
        for (const node of plan.forget) marks.registry.forgetWithin(node);
        // Rows of a long list far from the viewport are left to its window.
        return plan.units.filter((unit) => !longLists.claims(unit));
      },
      idle: () => {
        scheduleHostChecks();
        // The page changed: its long lists may have moved under the viewport.
        longLists.schedule();
      },
    });
  let loop = makeLoop();

  /** Custom elements often attach their shadow root after they are inserted: look again. */
  function scheduleHostChecks(): void {
    if (hostTimer !== undefined || hostChecks.size === 0) return;
    const round = Math.min(...hostChecks.values());
    hostTimer = setTimeout(() => {
      hostTimer = undefined;
      const units: ScanUnit[] = [];
      for (const [el, checks] of hostChecks) {
        if (el.shadowRoot) {
          observe(el.shadowRoot);
          units.push({ root: el.shadowRoot, deep: true });
        }
        if (el.shadowRoot || !el.isConnected || checks + 1 >= HOST_RECHECKS_MS.length) {
          hostChecks.delete(el);
        } else {
          hostChecks.set(el, checks + 1);
        }
      }
      if (units.length) loop.add(units);
      else scheduleHostChecks();
    }, HOST_RECHECKS_MS[round] ?? 0);
  }

  /** The account's country changed: every number may read differently. */
  function rescanAll(): void {
    loop.stop();
    longLists.clear();
    marks.registry.clear();
    records.length = 0;
    loop = makeLoop();
    loop.add([{ root: doc, deep: true }]);
  }

  // The language chosen in the options page reaches this page's card at once, an open one too.
  const stopFollowingLanguage = followCardLanguage(() => card.relanguage());

  watchPointer(doc, marks, card, overlay, signal);
  watchKeyboard(doc, marks, card, overlay, signal);
  watchTelLinks(doc, marks, card, () => settings.routeTelLinks, signal);

  // The card follows its number when anything scrolls (capture: scrolls do not bubble). A jump
  // of a scroller by more than its own size makes the marks ask where every run is, and a fast
  // scroll holds their highlight changes until it slows; checked in the scroll event itself
  // (dispatched once per frame), so scrolling without a card schedules no frame callback of ours.
  let follow = 0;
  const jumps = new ScrollJumps<object>();
  const view = doc.defaultView!;
  const onViewportChange = (event: Event) => {
    const target = event.target;
    // The page scrolls as its document (its size is the window's); an element as itself.
    const now =
      target === doc
        ? { x: view.scrollX, y: view.scrollY, width: view.innerWidth, height: view.innerHeight }
        : target && (target as Node).nodeType === 1
          ? {
              x: (target as Element).scrollLeft,
              y: (target as Element).scrollTop,
              width: (target as Element).clientWidth,
              height: (target as Element).clientHeight,
            }
          : null;
    if (now) {
      const screens = jumps.step(target!, now);
      if (screens > 1) marks.jumped();
      else marks.scrolled(screens);
    }
    longLists.scrolled();
    if (card.current) follow ||= requestAnimationFrame(() => ((follow = 0), card.follow()));
  };
  doc.addEventListener('scroll', onViewportChange, { capture: true, passive: true, signal });
  doc.defaultView!.addEventListener('resize', onViewportChange, { passive: true, signal });

  // Single-page apps: a route change replaces the view; the observer rescans what changed, and
  // here the card closes and what mutations do not report is looked at again: read-only inputs'
  // values (set as properties) and custom elements that attached shadow roots.
  const onNavigate = () => {
    card.close(false);
    const inputs = doc.querySelectorAll('input[readonly], input[disabled]');
    loop.add(Array.from(inputs, (root) => ({ root, deep: true })));
    for (const el of hostChecks.keys()) hostChecks.set(el, 0);
    scheduleHostChecks();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', onNavigate, { signal });
  else {
    doc.defaultView!.addEventListener('popstate', onNavigate, { signal });
    doc.defaultView!.addEventListener('hashchange', onNavigate, { signal });
  }

  // Back on the tab: the account or settings may have changed meanwhile.
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState !== 'visible') return;
      forgetPreviews();
      const language = cardTranslator().language;
      void loadPageSettings().then((next) => {
        if (signal.aborted || !settings.offerCalls) return;
        if (cardTranslator().language !== language) card.relanguage();
        // The account's country or the admin's exclusions changed: every number may read differently.
        const changed =
          next.defaultCountry !== settings.defaultCountry ||
          next.exclude.join('\n') !== settings.exclude.join('\n');
        settings = next;
        setAccountCountry(next.defaultCountry);
        if (!next.offerCalls) stop();
        else if (changed) rescanAll();
      });
    },
    { signal },
  );

  function stop(): void {
    abort.abort();
    stopFollowingLanguage();
    observer.disconnect();
    loop.stop();
    longLists.clear();
    clearTimeout(hostTimer);
    card.close(false);
    overlay.dispose();
    marks.dispose();
    if (global.__ringsidePage === page) delete global.__ringsidePage;
  }

  // WXT invalidates the context when it hears its "content script started" event on the
  // document, which a page can dispatch too (the name is the extension id and the entrypoint):
  // it must not switch Ringside off. Only an orphaned script (the extension was updated, reloaded
  // or removed, so its runtime is gone) stops; a second copy of this one is turned away above.
  ctx.onInvalidated(() => {
    if (runtimeGone()) stop();
  });

  void loadPageSettings().then((loaded) => {
    if (signal.aborted) return;
    settings = loaded;
    // A frame of a page that is not an enabled site: offer nothing (no marks, no card).
    if (!loaded.offerCalls) return stop();
    setAccountCountry(loaded.defaultCountry);
    observe(doc);
    loop.add([{ root: doc, deep: true }]);
  });
}
