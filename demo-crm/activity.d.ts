// Types of activity.js, for the TypeScript tests that read the demo data.

export interface ActivityItem {
  kind: 'call' | 'callback' | 'voicemail' | 'invoice' | 'order' | 'payment' | 'meeting' | 'sms';
  title: string;
  body: string;
  time: string;
}

export const seedActivity: readonly ActivityItem[];
export const incomingActivity: readonly ActivityItem[];
