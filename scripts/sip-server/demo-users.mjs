// The demo SIP accounts: every agent of the bundled demo account (its `sip.username`, else
// 1001, 1002, … in agent order, the numbering the demo account uses) and the customer phone,
// all with the password "demo".
import { readFileSync } from 'node:fs';

export const DEMO_SIP_PASSWORD = 'demo';
export const CUSTOMER_USER = 'customer';
const ACCOUNT = new URL('../../lib/demo/account.json', import.meta.url);

export function demoSipUsers(account = JSON.parse(readFileSync(ACCOUNT, 'utf8'))) {
  const users = {};
  (account.agents ?? []).forEach((agent, index) => {
    users[agent.sip?.username ?? String(1001 + index)] = DEMO_SIP_PASSWORD;
  });
  users[CUSTOMER_USER] = DEMO_SIP_PASSWORD;
  return users;
}
