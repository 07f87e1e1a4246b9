// The "Recent activity" feed: what it shows on load, and the fixed cycle of events that
// "Simulate incoming activity" adds (one per click, or every few seconds with Auto on), so a
// content script's rescan of a mutated page can be watched and tested deterministically.

/** @type {readonly import('./activity').ActivityItem[]} */
export const seedActivity = [
  {
    kind: 'call',
    title: 'Missed call',
    body: 'From (415) 555-0187 · Olivia Bennett',
    time: '09:42',
  },
  {
    kind: 'invoice',
    title: 'Invoice paid',
    body: 'INV-2026-000123 · $1,234.56 · Bayou Health Partners',
    time: '09:15',
  },
  {
    kind: 'voicemail',
    title: 'New voicemail (0:48)',
    body: 'From +44 20 7946 0321 · Oliver Hughes',
    time: '08:57',
  },
  {
    kind: 'order',
    title: 'Order shipped',
    body: '#100234567 to 94107 · tracking 1Z 999 AA1 01 2345 6784',
    time: '08:30',
  },
  {
    kind: 'payment',
    title: 'Wire transfer received',
    body: '€8,400.00 from GB82 WEST 1234 5698 7654 32 · Spree Maschinenbau GmbH',
    time: '08:02',
  },
  {
    kind: 'meeting',
    title: 'Meeting booked',
    body: 'Quarterly review on 11/27/2026 at 10:30 · Emma Walker',
    time: 'Yesterday',
  },
  {
    kind: 'sms',
    title: 'SMS received',
    body: 'From +55 11 98765-4321: “Pode me ligar amanhã às 15h?”',
    time: 'Yesterday',
  },
];

/** @type {readonly import('./activity').ActivityItem[]} */
export const incomingActivity = [
  {
    kind: 'call',
    title: 'Incoming call',
    body: 'From +1 212 555 0123 · Unknown caller',
    time: 'Just now',
  },
  {
    kind: 'callback',
    title: 'Callback requested',
    body: 'Call back 604-555-0138 ext. 12 · Web form, ticket #48213',
    time: 'Just now',
  },
  {
    kind: 'call',
    title: 'Missed call',
    body: 'From +44 161 496 0987 · George Patel',
    time: 'Just now',
  },
  {
    kind: 'sms',
    title: 'SMS received',
    body: 'From (305) 555-0144: “Running 10 min late, see you at 2:45”',
    time: 'Just now',
  },
  {
    kind: 'voicemail',
    title: 'New voicemail (0:32)',
    body: 'From +55 21 2555-0199 · Carioca Turismo',
    time: 'Just now',
  },
  {
    kind: 'order',
    title: 'Order placed',
    body: '#100234913 · $2,480.00 · ships 2026-12-01',
    time: 'Just now',
  },
];
