/**
 * Messages a page is waiting on go before the slices of a big sync or import.
 *
 * A preview can be more than one task: the first one after a worker start or a settings change
 * reads the settings and the agent's choice from IndexedDB (later ones find them in memory,
 * kept-reads.ts), and each read comes back as a task of its own. With a plain macrotask between the sync's slices, a slice
 * runs between every two of those tasks, so one preview waits for several slices; on a busy
 * machine, where an 8 ms slice can take ten times as long in wall time, that added up to hundreds
 * of ms. Here the pause between slices also waits while a quick message (QUICK_MESSAGES) is being
 * answered, so its reads run back to back. The wait is bounded (`maxWaitMs` per pause), so a page
 * asking without end cannot stall a sync.
 */
import type { MessageType } from '../messages';

/** What a CRM page, the popup and the card wait on; none of them waits on a sync or the network. */
export const QUICK_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'previewCallerId',
  'getPageContext',
  'setChoice',
  'setChoiceFromCard',
  'getCardChoices',
]);

export interface MessagesFirst {
  /** Runs the handling of a message, counted as in flight while it runs if it is a quick one. */
  handle<T>(type: MessageType, work: () => Promise<T>): Promise<T>;
  /** The pause between slices: a macrotask, then until no quick message is in flight. */
  pause(): Promise<void>;
  /** Quick messages being answered now (tests). */
  readonly inFlight: number;
}

export function createMessagesFirst(
  options: {
    macrotask?: () => Promise<void>;
    /** The longest one pause waits for quick messages to finish. */
    maxWaitMs?: number;
  } = {},
): MessagesFirst {
  const macrotask =
    options.macrotask ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const maxWaitMs = options.maxWaitMs ?? 100;
  let inFlight = 0;
  let waiters: (() => void)[] = [];

  const release = () => {
    const ready = waiters;
    waiters = [];
    for (const resolve of ready) resolve();
  };

  return {
    async handle(type, work) {
      if (!QUICK_MESSAGES.has(type)) return work();
      inFlight += 1;
      try {
        return await work();
      } finally {
        inFlight -= 1;
        if (inFlight === 0) release();
      }
    },
    async pause() {
      await macrotask();
      if (inFlight === 0) return;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        new Promise<void>((resolve) => waiters.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs))),
      ]);
      clearTimeout(timer);
      // The reply is on its way; the slice starts in a task of its own after it.
      await macrotask();
    },
    get inFlight() {
      return inFlight;
    },
  };
}
