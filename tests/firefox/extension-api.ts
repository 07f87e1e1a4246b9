/**
 * The Chromium suite's helpers for talking to the extension (tests/e2e/extension-api.ts: messages
 * to the background, reads of Ringside's IndexedDB), used from a puppeteer page in Firefox. They
 * only call `page.evaluate(fn, arg)`, which both libraries run the same way in the page.
 */
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { MessageType, ProtocolMap } from '../../lib/messages';
import * as api from '../e2e/extension-api';

const asPlaywright = (page: Page) => page as unknown as PlaywrightPage;

export function sendToBackground<T extends MessageType>(
  page: Page,
  type: T,
  ...data: Parameters<ProtocolMap[T]>
): Promise<api.Reply<T>> {
  return api.sendToBackground(asPlaywright(page), type, ...data);
}

export function readTable<T = Record<string, unknown>>(
  page: Page,
  table: api.TableName,
): Promise<T[]> {
  return api.readTable<T>(asPlaywright(page), table);
}

export function activeSnapshot(page: Page) {
  return api.activeSnapshot(asPlaywright(page));
}
