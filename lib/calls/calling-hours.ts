/**
 * Calling hours (issue 11, point 5): the destination's local time, and whether a call now falls
 * outside the admin's window so that it needs an explicit confirmation (the shared mechanism:
 * `CallConfirmation` in lib/messages.ts, kind 'calling-hours'). Pure: the clock is a parameter.
 *
 * The destination's zones come from libphonenumber's time-zone map (lib/phone/time-zones.ts).
 * A number known only by a calling code that spans zones (toll-free +1 800) has no local time;
 * a prefix that spans zones (South Dakota's 605) is ambiguous: every candidate time is shown and
 * the call needs confirming when any of them is outside the window.
 */
import type { CallerIdSettings } from '../caller-id/types';
import { english } from '../i18n/english';
import type { Translator } from '../i18n/translator';
import type { CallConfirmation } from '../messages';
import { timeZonesOf, zoneCity } from '../phone/time-zones';
import { DEFAULT_CALLING_HOURS } from '../presence/defaults';

export { DEFAULT_CALLING_HOURS };

export interface ZoneTime {
  zone: string;
  /** "Honolulu" */
  city: string;
  /** "3:12 AM" */
  time: string;
  /** Minutes since local midnight. */
  minutes: number;
}

export interface LocalTime {
  /** "3:12 AM in Honolulu"; "2:12 AM in Denver or 3:12 AM in Center (ambiguous)". */
  text: string;
  ambiguous: boolean;
  times: ZoneTime[];
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** The last answer per zone: the local time is the same all through one minute. */
const lastMinute = new Map<string, { minute: number; time: ZoneTime }>();

function zoneTime(zone: string, now: number): ZoneTime | undefined {
  const minute = Math.floor(now / 60_000);
  const cached = lastMinute.get(zone);
  if (cached?.minute === minute) return cached.time;
  const time = formatZoneTime(zone, now);
  if (time) lastMinute.set(zone, { minute, time });
  return time;
}

function formatZoneTime(zone: string, now: number): ZoneTime | undefined {
  let f = formats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hour: 'numeric',
        minute: '2-digit',
      });
    } catch {
      return undefined; // a zone this runtime does not know
    }
    formats.set(zone, f);
  }
  const parts = f.formatToParts(now);
  const hour12 = Number(parts.find((p) => p.type === 'hour')?.value);
  const minute = Number(parts.find((p) => p.type === 'minute')?.value);
  const pm = parts.find((p) => p.type === 'dayPeriod')?.value === 'PM';
  const minutes = ((hour12 % 12) + (pm ? 12 : 0)) * 60 + minute;
  return { zone, city: zoneCity(zone), time: f.format(now), minutes };
}

/** "03:12" / "3:12 a. m.": a zone's time in the translator's language (English: `ZoneTime.time`). */
function timeIn(t: ZoneTime, now: number, tr: Translator): string {
  if (tr.language === 'en') return t.time;
  return tr.date(now, { timeZone: t.zone, hour: 'numeric', minute: '2-digit' });
}

/**
 * The destination's local time now; undefined when its zone is not known. `text` is in the
 * translator's language (English by default); `times` are the same in every language.
 */
export function localTimeOf(
  e164: string,
  now: number,
  tr: Translator = english,
): LocalTime | undefined {
  const found = timeZonesOf(e164);
  if (!found) return undefined;
  const callingCodeOnly = found.prefix.length <= 3 && e164.startsWith(`+${found.prefix}`);
  if (found.zones.length > 1 && callingCodeOnly) return undefined; // the whole country's zones
  if (found.zones.length > 4) return undefined; // too spread out to say anything useful
  const times = found.zones.map((z) => zoneTime(z, now)).filter((t): t is ZoneTime => !!t);
  if (times.length === 0) return undefined;
  const ambiguous = times.length > 1;
  const parts = times.map((t) =>
    tr.t('calls.localTime', { time: timeIn(t, now, tr), city: t.city }),
  );
  return {
    text: ambiguous
      ? tr.t('calls.localTimeAmbiguous', { times: tr.list(parts, 'disjunction') })
      : parts[0]!,
    ambiguous,
    times,
  };
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The window the account sets, or undefined when calling hours are off. */
export function callingWindow(
  settings: CallerIdSettings | undefined,
): { start: string; end: string } | undefined {
  const hours = settings?.callingHours;
  if (!hours) return undefined;
  return {
    start: hours.start ?? DEFAULT_CALLING_HOURS.start,
    end: hours.end ?? DEFAULT_CALLING_HOURS.end,
  };
}

export function insideWindow(minutes: number, window: { start: string; end: string }): boolean {
  return minutes >= toMinutes(window.start) && minutes < toMinutes(window.end);
}

/**
 * The confirmation a call to `e164` needs now, if any. `display` is the number as the agent sees
 * it. Off (undefined) when the account sets no calling hours.
 */
export function callingHoursConfirmation(
  settings: CallerIdSettings | undefined,
  e164: string,
  display: string,
  now: number,
  tr: Translator = english,
): CallConfirmation | undefined {
  const window = callingWindow(settings);
  if (!window) return undefined;
  const local = localTimeOf(e164, now, tr);
  if (!local) return undefined;
  const outside = local.times.filter((t) => !insideWindow(t.minutes, window));
  if (outside.length === 0) return undefined;
  const hours = `${window.start}–${window.end}`;
  const message = local.ambiguous
    ? tr.t('calls.hoursAmbiguous', {
        number: display,
        times: tr.list(
          local.times.map((t) =>
            tr.t('calls.localTime', { time: timeIn(t, now, tr), city: t.city }),
          ),
          'disjunction',
        ),
        hours,
      })
    : tr.t('calls.hoursOutside', { time: local.text, hours });
  return { kind: 'calling-hours', message };
}
