/**
 * What every handler of the background gets: the database, the browser behind `Platform`, the
 * active config kept in memory, the one sync runner, the config sources, and the softphone.
 * service.ts builds it once per worker start and wires the handlers to it.
 */
import type { RingsideDb } from '../db/schema';
import type { MessageType, ProtocolMap } from '../messages';
import type { Translator } from '../i18n/translator';
import type { ActiveConfig } from './active-config';
import type { KeptReads } from './kept-reads';
import type { MessageContext, Platform } from './platform';
import type { SoftphoneController } from './softphone';
import type { ConfigSources } from './sources';
import type { SyncRunner } from './sync-runner';

export interface BackgroundContext {
  db: RingsideDb;
  platform: Platform;
  active: ActiveConfig;
  /** The settings and the agents' choices kept in memory for quick messages (./kept-reads.ts). */
  kept: KeptReads;
  sync: SyncRunner;
  sources: ConfigSources;
  softphone: SoftphoneController | null;
  /** The translator of the language in effect (./language.ts): every text sent to a page. */
  translator(): Translator;
  /** Between slices of a big sync or import: lets quick messages go first (./messages-first.ts). */
  pause?: () => Promise<void>;
}

export type Handler<T extends MessageType> = (
  data: Parameters<ProtocolMap[T]>[0],
  ctx: MessageContext,
) => Promise<ReturnType<ProtocolMap[T]>>;

/** A group of handlers, built from the context (one file per concern under handlers/). */
export type Handlers<T extends MessageType> = { [K in T]: Handler<K> };
