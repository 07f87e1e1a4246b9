/** The one messenger every surface uses; its protocol is declared in `lib/messages.ts`. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from '../lib/messages';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
