// Types of demo-users.mjs.
export const DEMO_SIP_PASSWORD: string;
export const CUSTOMER_USER: string;
export function demoSipUsers(account?: {
  agents?: Array<{ sip?: { username?: string } }>;
}): Record<string, string>;
