/**
 * Messages the background sends to Ringside's content scripts (`lib/messages.ts`,
 * `ContentProtocolMap`), apart from the protocol content scripts and pages send to the background:
 * the background never listens for these, and a content script listens for nothing else.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentProtocolMap } from '../lib/messages';

export const { sendMessage: sendToContent, onMessage: onBackgroundMessage } =
  defineExtensionMessaging<ContentProtocolMap>();
