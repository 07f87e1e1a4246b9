import { describe, expect, it } from 'vitest';
import { findNumbersInText } from '../../../../lib/detect/index';
import type { CountryCode } from '../../../../lib/detect/index';

type Case = [
  text: string,
  country: CountryCode,
  found: Array<[matched: string, e164: string, ext?: string]>,
];

const hits = (text: string, country: CountryCode, boundaries?: number[]) =>
  findNumbersInText(text, country, boundaries).map((h) => {
    const row: [string, string, string?] = [text.slice(h.start, h.end), h.e164];
    if (h.ext) row.push(h.ext);
    return row;
  });

describe('findNumbersInText: formats of real numbers', () => {
  const cases: Case[] = [
    ['(415) 555-0100', 'US', [['(415) 555-0100', '+14155550100']]],
    ['415-555-0100', 'US', [['415-555-0100', '+14155550100']]],
    ['415.555.0100', 'US', [['415.555.0100', '+14155550100']]],
    ['4155550100', 'US', [['4155550100', '+14155550100']]],
    ['1-415-555-0100', 'US', [['1-415-555-0100', '+14155550100']]],
    ['+1 (415) 555-0100', 'US', [['+1 (415) 555-0100', '+14155550100']]],
    ['Call +14155550100 now', 'US', [['+14155550100', '+14155550100']]],
    ['020 7946 0123', 'GB', [['020 7946 0123', '+442079460123']]],
    ['+44 20 7946 0123', 'US', [['+44 20 7946 0123', '+442079460123']]],
    ['030 12345678', 'DE', [['030 12345678', '+493012345678']]],
    ['+33 1 23 45 67 89', 'FR', [['+33 1 23 45 67 89', '+33123456789']]],
    ['01 23 45 67 89', 'FR', [['01 23 45 67 89', '+33123456789']]],
    ['+55 11 91234-5678', 'BR', [['+55 11 91234-5678', '+5511912345678']]],
    ['+81 3-1234-5678', 'US', [['+81 3-1234-5678', '+81312345678']]],
    ['(02) 5550 1234', 'AU', [['(02) 5550 1234', '+61255501234']]],
    [
      '００１ ４１５ ５５５ ０１００'.replace(/^００１ /, ''),
      'US',
      [['４１５ ５５５ ０１００', '+14155550100']],
    ],
    ['tel 415\u00a0555\u00a00100', 'US', [['415\u00a0555\u00a00100', '+14155550100']]],
  ];
  it.each(cases)('%s (%s)', (text, country, found) => {
    expect(hits(text, country)).toEqual(found);
  });
});

describe('findNumbersInText: extensions', () => {
  const cases: Case[] = [
    ['(415) 555-0100 ext. 12', 'US', [['(415) 555-0100 ext. 12', '+14155550100', '12']]],
    ['(415) 555-0100 x12', 'US', [['(415) 555-0100 x12', '+14155550100', '12']]],
    ['415-555-0100x7', 'US', [['415-555-0100x7', '+14155550100', '7']]],
    ['415-555-0100 #204', 'US', [['415-555-0100 #204', '+14155550100', '204']]],
    ['415-555-0100, extension 3', 'US', [['415-555-0100, extension 3', '+14155550100', '3']]],
    ['415-555-0100 ext: 45.', 'US', [['415-555-0100 ext: 45', '+14155550100', '45']]],
    ['030 1234567 Durchwahl 89', 'DE', [['030 1234567 Durchwahl 89', '+49301234567', '89']]],
    ['415-555-0100 xyz', 'US', [['415-555-0100', '+14155550100']]],
  ];
  it.each(cases)('%s (%s)', (text, country, found) => {
    expect(hits(text, country)).toEqual(found);
  });
});

describe('findNumbersInText: several numbers and neighbours', () => {
  const cases: Case[] = [
    [
      '415-555-0100 / 415-555-0101',
      'US',
      [
        ['415-555-0100', '+14155550100'],
        ['415-555-0101', '+14155550101'],
      ],
    ],
    [
      '415-555-0100, 212-555-0199',
      'US',
      [
        ['415-555-0100', '+14155550100'],
        ['212-555-0199', '+12125550199'],
      ],
    ],
    ['Room 12 4155550100', 'US', [['4155550100', '+14155550100']]],
    ['Row 12 (415) 555-0100', 'US', [['(415) 555-0100', '+14155550100']]],
    ['#4155550123 (415) 555-0100', 'US', [['(415) 555-0100', '+14155550100']]],
    ['Call 415 555 0100 2nd floor', 'US', [['415 555 0100', '+14155550100']]],
    ['Updated 2024-03-15 415-555-0100', 'US', [['415-555-0100', '+14155550100']]],
    [
      'Office 415-555-0100 (main), mobile +44 7911 123456',
      'US',
      [
        ['415-555-0100', '+14155550100'],
        ['+44 7911 123456', '+447911123456'],
      ],
    ],
  ];
  it.each(cases)('%s (%s)', (text, country, found) => {
    expect(hits(text, country)).toEqual(found);
  });
});

describe('findNumbersInText: digits that are not phone numbers', () => {
  const none: Array<[string, CountryCode]> = [
    ['2024-03-15', 'DE'],
    ['15.03.2024', 'DE'],
    ['03/15/2024', 'DE'],
    ['3/15/2024, 10:42 AM', 'US'],
    ['2024-03-15T10:42:07Z', 'DE'],
    ['2024-03-15 10:42', 'DE'],
    ['20240315', 'DE'],
    ['20240315104207', 'GB'],
    ['Mon–Fri 0900-1700', 'GB'],
    ['2019–2024', 'DE'],
    ['1710498600', 'GB'],
    ['1710498600123', 'DE'],
    ['Order #4155550123', 'US'],
    ['Order no. 4155550123', 'US'],
    ['ORD-415-555-0100', 'US'],
    ['INV4155550127', 'US'],
    ['Invoice: 020 7946 0123', 'GB'],
    ['Ticket 4155550129', 'US'],
    ['Account number: 6175550133', 'US'],
    ['Customer ID 3125550134', 'US'],
    ['Steuernummer 21/815/08150', 'DE'],
    ['$4155550139', 'US'],
    ['4155550140 USD', 'US'],
    ['12 345 678 €', 'DE'],
    ['4155550142%', 'US'],
    ['4155550143.50', 'US'],
    ['94105-1420', 'US'],
    ['IBAN GB29 NWBK 6016 1331 9268 19', 'GB'],
    ['DE89 3704 0044 0532 0130 00', 'DE'],
    ['Version 4.155.550.144', 'US'],
    ['v4155550145', 'US'],
    ['Build 2024.03.15.1042', 'DE'],
    ['192.168.100.200', 'DE'],
    ['Chrome/124.0.6367.118', 'DE'],
    ['4155550146@example.com', 'US'],
    ['https://crm.example/c/4155550147', 'US'],
    ['#4155550148', 'US'],
    ['4155550163-A', 'US'],
    ['ABC4155550100', 'US'],
    ['#4155550123-B 7', 'US'],
    ['4111 1111 1111 1111', 'US'],
  ];
  it.each(none)('%s (%s)', (text, country) => {
    expect(hits(text, country)).toEqual([]);
  });
});

describe('findNumbersInText: element boundaries', () => {
  it('does not glue a label in another element onto a number', () => {
    // "<span>Phone</span><span>+1 415 555 0100</span>": offset 5 is an element boundary.
    expect(hits('Phone+1 415 555 0100', 'US', [5])).toEqual([['+1 415 555 0100', '+14155550100']]);
    expect(hits('Tel4155550100', 'US', [3])).toEqual([['4155550100', '+14155550100']]);
    expect(hits('Tel4155550100', 'US')).toEqual([]);
  });
  it('keeps an identifier an identifier across adjacent text nodes of one element', () => {
    expect(hits('ORD-4155550100', 'US')).toEqual([]);
  });
});

describe('findNumbersInText: labels from the page structure', () => {
  it.each([
    ['Order ID', []],
    ['Steuernummer', []],
    ['Phone', [['4155550100', '+14155550100']]],
    ['Mobile number', [['4155550100', '+14155550100']]],
  ] as Array<[string, Array<[string, string]>]>)('label %s', (label, found) => {
    const result = findNumbersInText('4155550100', 'US', [], () => [label]).map((h) => [
      '4155550100'.slice(h.start, h.end),
      h.e164,
    ]);
    expect(result).toEqual(found);
  });
});

describe('findNumbersInText: without a default country', () => {
  it('finds international numbers only', () => {
    expect(hits('(415) 555-0100 or +44 20 7946 0123', undefined as unknown as CountryCode)).toEqual(
      [['+44 20 7946 0123', '+442079460123']],
    );
  });
});
