import { describe, expect, it } from 'vitest';
import { checkMessage, classifySender, MESSAGE_ACCESS } from '../../../lib/messages-schema';
import type { MessageType } from '../../../lib/messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('classifySender', () => {
  it.each([
    ['the popup', { id: ID, url: `${ORIGIN}popup.html` }, 'page'],
    ['the options page in a tab', { id: ID, url: `${ORIGIN}options.html`, tab: { id: 3 } }, 'page'],
    ['a content script', { id: ID, url: 'https://crm.example/lead/1', tab: { id: 3 } }, 'content'],
    ['another extension', { id: 'other', url: 'chrome-extension://other/x.html' }, 'foreign'],
    [
      'a look-alike origin',
      { id: ID, url: `chrome-extension://${ID}.evil/x`, tab: { id: 1 } },
      'content',
    ],
    ['no id', { url: `${ORIGIN}popup.html` }, 'foreign'],
    ['own id, no URL, no tab', { id: ID }, 'foreign'],
  ] as const)('%s is %s', (_name, sender, kind) => {
    expect(classifySender(sender, ID, ORIGIN)).toBe(kind);
  });
});

describe('checkMessage: who may send what', () => {
  const pageOnly = (Object.keys(MESSAGE_ACCESS) as MessageType[]).filter(
    (t) => MESSAGE_ACCESS[t] === 'page',
  );

  it('lets content scripts only dial, preview, read detection options and pick from the card', () => {
    expect(
      (Object.keys(MESSAGE_ACCESS) as MessageType[])
        .filter((t) => MESSAGE_ACCESS[t] === 'content')
        .sort(),
    ).toEqual(['dial', 'getCardChoices', 'getPageContext', 'previewCallerId', 'setChoiceFromCard']);
  });

  it.each(pageOnly)('refuses %s from a content script before looking at the payload', (type) => {
    const result = checkMessage(type, {}, 'content');
    expect(result).toEqual({
      ok: false,
      error: `"${type}" is only accepted from Ringside's own pages, not from a web page`,
    });
  });

  it.each(Object.keys(MESSAGE_ACCESS) as MessageType[])(
    'refuses %s from a foreign sender',
    (type) => {
      expect(checkMessage(type, undefined, 'foreign').ok).toBe(false);
    },
  );

  it('refuses an unknown message type', () => {
    expect(checkMessage('dropTables' as MessageType, {}, 'page')).toEqual({
      ok: false,
      error: 'Unknown message "dropTables"',
    });
  });
});

describe('checkMessage: payloads', () => {
  it.each<[MessageType, unknown]>([
    ['dial', { to: '+14155550123' }],
    [
      'dial',
      { to: ' (415) 555-0123 ', ext: '12', pageTitle: 'Lead', pageUrl: 'https://crm.example/' },
    ],
    ['previewCallerId', { to: '415 555 0123' }],
    ['dial', { to: '020 7946 0000', region: 'GB' }],
    ['previewCallerId', { to: '11 2345 6789', region: 'BR' }],
    ['getPageContext', undefined],
    ['getCardChoices', undefined],
    ['syncNow', undefined],
    ['setChoice', { choice: { kind: 'default' } }],
    ['setChoice', { choice: { kind: 'number', numberId: 'n1' } }],
    ['selectAgent', { agentId: 'a1' }],
    ['updateSettings', { provider: { kind: 'tel' } }],
    ['updateSettings', {}],
    ['importConfig', { text: '{}', origin: 'acme.json' }],
    ['restoreSnapshot', { snapshotId: 3 }],
  ])('accepts %s %j', (type, data) => {
    expect(checkMessage(type, data, 'page')).toMatchObject({ ok: true });
  });

  it('trims the number it passes on', () => {
    expect(checkMessage('dial', { to: '  +1 415 555 0123 ' }, 'content')).toEqual({
      ok: true,
      data: { to: '+1 415 555 0123' },
    });
  });

  it.each<[MessageType, unknown, string]>([
    ['dial', undefined, 'Invalid "dial" request'],
    ['dial', { to: '' }, 'to: is empty'],
    ['dial', { to: 14155550123 }, 'to: must be a string'],
    ['dial', { to: '1'.repeat(65) }, 'to: is longer than 64'],
    ['dial', { to: '+14155550123', ext: 'x1' }, 'ext: must be 1 to 10 digits'],
    ['dial', { to: '+14155550123', from: '+18005550100' }, 'from'],
    ['previewCallerId', { number: '+1' }, 'to'],
    // The region must be a country libphonenumber knows, not just two capital letters.
    ['dial', { to: '020 7946 0000', region: 'ZZ' }, 'region: must be a two-letter country code'],
    ['dial', { to: '020 7946 0000', region: 'UK' }, 'region: must be a two-letter country code'],
    ['previewCallerId', { to: '020 7946 0000', region: 'gb' }, 'region'],
    ['previewCallerId', { to: '020 7946 0000', region: 44 }, 'region'],
    ['syncNow', { force: true }, 'takes no payload'],
    ['setChoice', { choice: { kind: 'number' } }, 'choice'],
    ['setChoice', { choice: 'n1' }, 'choice'],
    ['selectAgent', { agentId: '' }, 'agentId: is empty'],
    ['updateSettings', { syncUrl: 'http://cfg.example/' }, 'syncUrl'],
    ['importConfig', { text: 42 }, 'text: must be a string'],
    ['restoreSnapshot', { snapshotId: '3' }, 'snapshotId'],
  ])('rejects %s %j naming the problem', (type, data, message) => {
    const result = checkMessage(type, data, 'page');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain(message);
  });
});

describe('setChoiceFromCard (the CRM card’s dropdown)', () => {
  it('takes a well-formed choice from a content script and nothing else', () => {
    const choice = { kind: 'number', numberId: 'us-la' };
    expect(checkMessage('setChoiceFromCard', { choice }, 'content')).toEqual({
      ok: true,
      data: { choice },
    });
    expect(checkMessage('setChoiceFromCard', { choice, agentId: 'x' }, 'content').ok).toBe(false);
    expect(
      checkMessage('setChoiceFromCard', { choice: { kind: 'number', numberId: '' } }, 'content').ok,
    ).toBe(false);
  });

  it.each([
    'softphoneControl',
    'softphoneDevices',
    'setSipPassword',
    'softphoneReconnect',
  ] as const)('keeps %s to Ringside’s own pages', (type) => {
    expect(MESSAGE_ACCESS[type]).toBe('page');
  });
});
