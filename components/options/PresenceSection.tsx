/**
 * Local presence: the admin's options beyond the seven automated steps (docs/caller-id-rules.md).
 * Each is off until turned on; with all off, selection is exactly the seven steps.
 */
import type { CallerIdSettings, PresenceOptions } from '../../lib/caller-id/types';
import { DEFAULT_CALLING_HOURS, DEFAULT_CONTACT_HISTORY_DAYS } from '../../lib/presence/defaults';
import { FieldErrors } from './FieldErrors';
import { LockedNote } from './LockedNote';
import { Section } from './Section';

export interface PresenceSectionProps {
  value: CallerIdSettings;
  onChange: (patch: Partial<PresenceOptions>) => void;
  locked?: boolean;
  /** Messages of `outboundCallerId` paths, by field ("contactHistoryDays", "shareLoad", …). */
  errors?: (field: string) => readonly string[];
}

/** A number input's value, or the text itself when it is not a number (validation says so). */
const numberOf = (text: string): number => (text.trim() === '' ? NaN : Number(text));

export function PresenceSection({
  value,
  onChange,
  locked = false,
  errors = () => [],
}: PresenceSectionProps) {
  const history = value.contactHistoryDays !== undefined;
  const share = value.shareLoad !== undefined;
  const hours = value.callingHours !== undefined;
  return (
    <Section
      id="presence"
      title="Local presence"
      description="Options beyond the automated steps. Each is off until you turn it on; with all off, the automated steps run exactly as described above."
    >
      {locked && <LockedNote />}
      <fieldset class="presence-options" disabled={locked}>
        <legend class="visually-hidden">Local presence options</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.samePlace === true}
            onChange={(e) => onChange({ samePlace: e.currentTarget.checked || undefined })}
          />
          <span>
            Same place: after the area code, a number of the same city (overlay area codes such as
            212 and 646 in New York)
          </span>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.sameTimeZone === true}
            onChange={(e) => onChange({ sameTimeZone: e.currentTarget.checked || undefined })}
          />
          <span>
            Same time zone: after the state, a number in the time zone of the number called
          </span>
        </label>

        <label class="checkbox">
          <input
            type="checkbox"
            checked={history}
            onChange={(e) =>
              onChange({
                contactHistoryDays: e.currentTarget.checked
                  ? DEFAULT_CONTACT_HISTORY_DAYS
                  : undefined,
              })
            }
          />
          <span>Contact continuity: call a contact again from the number it last talked to</span>
        </label>
        {history && (
          <div class="sub-option">
            <label class="field-inline">
              Within
              <input
                class="input"
                type="number"
                min={1}
                max={365}
                value={value.contactHistoryDays}
                aria-label="Contact continuity: days"
                onInput={(e) => onChange({ contactHistoryDays: numberOf(e.currentTarget.value) })}
              />
              days
            </label>
            <FieldErrors id="presence-days-errors" messages={errors('contactHistoryDays')} />
          </div>
        )}

        <label class="checkbox">
          <input
            type="checkbox"
            checked={share}
            onChange={(e) => onChange({ shareLoad: e.currentTarget.checked ? {} : undefined })}
          />
          <span>
            Share the load: among equally good numbers, the one the agent used least today
          </span>
        </label>
        {share && (
          <div class="sub-option">
            <label class="field-inline">
              Daily cap per number (optional)
              <input
                class="input"
                type="number"
                min={1}
                value={value.shareLoad?.dailyCapPerNumber ?? ''}
                aria-label="Daily cap per number"
                onInput={(e) => {
                  const text = e.currentTarget.value;
                  onChange({
                    shareLoad: text.trim() === '' ? {} : { dailyCapPerNumber: numberOf(text) },
                  });
                }}
              />
            </label>
            <FieldErrors id="presence-cap-errors" messages={errors('shareLoad')} />
          </div>
        )}

        <label class="checkbox">
          <input
            type="checkbox"
            checked={hours}
            onChange={(e) =>
              onChange({
                callingHours: e.currentTarget.checked ? { ...DEFAULT_CALLING_HOURS } : undefined,
              })
            }
          />
          <span>
            Calling hours: outside this window in the callee’s local time, agents confirm before
            calling
          </span>
        </label>
        {hours && (
          <div class="sub-option">
            <label class="field-inline">
              From
              <input
                class="input"
                type="time"
                value={value.callingHours?.start ?? DEFAULT_CALLING_HOURS.start}
                aria-label="Calling hours start"
                onInput={(e) =>
                  onChange({
                    callingHours: { ...value.callingHours, start: e.currentTarget.value },
                  })
                }
              />
            </label>
            <label class="field-inline">
              to
              <input
                class="input"
                type="time"
                value={value.callingHours?.end ?? DEFAULT_CALLING_HOURS.end}
                aria-label="Calling hours end"
                onInput={(e) =>
                  onChange({ callingHours: { ...value.callingHours, end: e.currentTarget.value } })
                }
              />
            </label>
            <FieldErrors id="presence-hours-errors" messages={errors('callingHours')} />
          </div>
        )}
        <FieldErrors
          id="presence-errors"
          messages={[...errors('samePlace'), ...errors('sameTimeZone')]}
        />
      </fieldset>
    </Section>
  );
}
