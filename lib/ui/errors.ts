/**
 * Errors turned into words for people, in one place: a thrown error from messaging or storage
 * (`describeFailure`), and the per-path problems of an account config (`PathErrors`).
 *
 * `parseAccountConfig` reports one message per problem, prefixed with its path
 * ("numbers[2].number: not a valid phone number"). The options page shows each message next to the
 * field it names; these helpers split and look the messages up by path.
 */

import type { Translator } from '../i18n/translator';
import { englishCommon } from './english';

export interface PathError {
  /** "numbers[2].number", or "" when the message names no path. */
  path: string;
  message: string;
  /** The message as given, for lists that show everything. */
  text: string;
}

// A path is a dotted chain of identifiers with optional [index] parts, then ": ".
const PATH_PREFIX = /^((?:[A-Za-z_$][\w$]*|\[\d+\])(?:\.[A-Za-z_$][\w$]*|\[\d+\])*):\s*(.*)$/s;

export function splitPathError(text: string): PathError {
  // Problems with the document as a whole are reported at "(document)".
  if (text.startsWith('(document): ')) return { path: '', message: text.slice(12), text };
  const match = PATH_PREFIX.exec(text);
  if (!match) return { path: '', message: text, text };
  return { path: match[1]!, message: match[2]!, text };
}

/** True when `path` is `prefix` or lies inside it ("numbers[2].label" is inside "numbers[2]"). */
export function isWithin(path: string, prefix: string): boolean {
  if (prefix === '') return true;
  if (!path.startsWith(prefix)) return false;
  const next = path.charAt(prefix.length);
  return next === '' || next === '.' || next === '[';
}

export class PathErrors {
  readonly all: PathError[];

  constructor(messages: readonly string[]) {
    this.all = messages.map(splitPathError);
  }

  get count(): number {
    return this.all.length;
  }

  /** Messages for exactly this path. */
  at(path: string): string[] {
    return this.all.filter((e) => e.path === path).map((e) => e.message);
  }

  /** Messages for this path and everything inside it. */
  within(prefix: string): PathError[] {
    return this.all.filter((e) => isWithin(e.path, prefix));
  }

  /** Messages that no path in `shown` covers exactly: what a form must list elsewhere. */
  notAt(shown: ReadonlySet<string>): PathError[] {
    return this.all.filter((e) => !shown.has(e.path));
  }
}

/**
 * How many problems a (possibly capped) list stands for: the background stores the first few and
 * one last line "… and N more problems" (lib/db/apply-config.ts capProblems).
 */
export function problemCount(problems: readonly string[]): number {
  const last = problems[problems.length - 1];
  const more = last ? /^… and (\d+) more problems?$/.exec(last) : null;
  return more ? problems.length - 1 + Number(more[1]) : problems.length;
}

/** The message of anything thrown: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Anything thrown as an Error (a rejected value that is not one keeps its text as the message). */
export function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Where the failure is shown: an extension page (options, popup, side panel), which the agent can
 * close and reopen, or a web page (the content script's card), whose connection to Ringside is
 * gone for good once the extension reloads.
 */
export type FailureSurface = 'extension-page' | 'web-page';

const GONE = /Extension context invalidated|message port closed/i;
const NO_ANSWER = /Receiving end does not exist|Could not establish connection/i;

/** A thrown error from messaging or storage as a sentence the person can act on. */
export function describeFailure(
  error: unknown,
  surface: FailureSurface = 'extension-page',
  tr: Translator = englishCommon(),
): string {
  const text = errorMessage(error);
  if (surface === 'web-page') {
    // A content script outlives its extension: after an update nothing answers until a reload.
    return GONE.test(text) || NO_ANSWER.test(text)
      ? tr.t('common.failure.unreachable')
      : tr.t('common.failure.couldNotAnswer', { detail: text });
  }
  if (NO_ANSWER.test(text)) return tr.t('common.failure.noAnswer');
  if (GONE.test(text)) return tr.t('common.failure.reloaded');
  return text;
}
