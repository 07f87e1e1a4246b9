/** The agent's caller-ID choice, kept per account and agent until they change it or pick Default. */
import { Dexie } from 'dexie';
import * as v from 'valibot';
import type { CallerIdChoice } from '../caller-id/types';
import type { RingsideDb } from './schema';
import { CallerIdChoiceSchema } from '../caller-id/choice-schema';

export async function getChoice(
  db: RingsideDb,
  accountId: string,
  agentId: string,
): Promise<CallerIdChoice | null> {
  const row = await db.choices.get([accountId, agentId]);
  if (!row) return null;
  // Read back through the schema: a malformed row counts as "no choice yet", never as a number.
  const parsed = v.safeParse(CallerIdChoiceSchema, row.choice);
  return parsed.success ? parsed.output : null;
}

export async function saveChoice(
  db: RingsideDb,
  accountId: string,
  agentId: string,
  choice: CallerIdChoice,
  at = Date.now(),
): Promise<void> {
  await db.choices.put({ accountId, agentId, choice, updatedAt: at });
}

/**
 * Every caller-ID choice kept on this computer for an account, by agent id: the options page's
 * preview shows an agent's real choice when this computer has it. Malformed rows are left out.
 */
export async function listChoices(
  db: RingsideDb,
  accountId: string,
): Promise<Map<string, CallerIdChoice>> {
  const rows = await db.choices
    .where('[accountId+agentId]')
    .between([accountId, Dexie.minKey], [accountId, Dexie.maxKey])
    .toArray();
  const choices = new Map<string, CallerIdChoice>();
  for (const row of rows) {
    const parsed = v.safeParse(CallerIdChoiceSchema, row.choice);
    if (parsed.success) choices.set(row.agentId, parsed.output);
  }
  return choices;
}
