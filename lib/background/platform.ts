import type { SoftphoneHost } from './softphone';

/**
 * What the background needs from the browser, as plain functions. The real implementation is
 * entrypoints/background/platform.ts; tests pass fakes. Keeping it this small keeps every rule in
 * lib/, testable in Node.
 */
export interface Platform {
  fetch: typeof fetch;
  now(): number;
  /** Sets the one alarm that runs the scheduled sync, or clears it with null. */
  setSyncAlarm(at: number | null): Promise<void>;
  /** The raw contents of `storage.managed` ({} when no policy is installed or supported). */
  readManagedStorage(): Promise<unknown>;
  /**
   * True on the first worker start of this browser session (or after the extension was
   * installed, updated or reloaded), false on the worker's later wake-ups. Backed by
   * `storage.session`, which the browser clears when it restarts.
   */
  firstStartThisSession(): Promise<boolean>;
  /** Navigates to a tel: URL so the operating system's phone handler takes the call. */
  openTelUrl(url: string, tabId?: number): Promise<void>;
  /**
   * The browser's UI language (`i18n.getUILanguage()`), which the surfaces follow when the
   * settings say "auto". Absent in tests: English then.
   */
  uiLanguage?(): string | undefined;
  /** The offscreen softphone (absent in tests that do not need it). */
  softphone?: SoftphoneHost;
}

/** What the background knows of who sent a message (from `runtime.MessageSender`). */
export interface MessageContext {
  sender: 'page' | 'content' | 'foreign';
  tabId?: number;
  /** The sender tab's title and the sending frame's URL, trusted over what a content script says. */
  tabTitle?: string;
  senderUrl?: string;
  /**
   * For a content script: false when it runs in a frame whose tab's top frame is not an enabled
   * site (a page framing the CRM). Undefined when not known (extension pages, tests).
   */
  topFrameEnabled?: boolean;
}
