/**
 * The config problem no check names (`config.raw`): every check of config-schema.ts has its own
 * message (config-problems.ts), so no account document reaches this line today; a check added to
 * the schema without a message must still be reported, at its path, as a whole sentence in each
 * language that quotes valibot's own detail and check name for the admin to act on.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { issueProblem, problemLine } from '../../../../lib/caller-id/config-problems';
import { libTranslator } from '../../../../lib/i18n/lib-translators';

// A real valibot issue from a check config-problems.ts does not know (a length limit on a label).
const schema = v.object({
  numbers: v.array(v.object({ label: v.pipe(v.string(), v.maxLength(5)) })),
});

function unnamedIssue() {
  const result = v.safeParse(schema, { numbers: [{ label: 'ok' }, { label: 'Headquarters' }] });
  expect(result.success).toBe(false);
  return result.issues![0]!;
}

describe('a config check no message names', () => {
  it('is kept at its path with valibot’s detail, in each language', () => {
    const { path, message } = issueProblem(unnamedIssue());
    expect(path).toEqual(['numbers', 1, 'label']);
    expect(message.key).toBe('config.raw');
    expect(problemLine(path, message)).toBe(
      'numbers[1].label: the value is not accepted: Invalid length: Expected <=5 but received 12 (valibot check "max_length")',
    );
    expect(problemLine(path, message, libTranslator('pt-BR'))).toBe(
      'numbers[1].label: o valor não foi aceito: Invalid length: Expected <=5 but received 12 (verificação "max_length" do valibot)',
    );
    expect(problemLine(path, message, libTranslator('es'))).toBe(
      'numbers[1].label: el valor no se aceptó: Invalid length: Expected <=5 but received 12 (comprobación "max_length" de valibot)',
    );
  });
});
