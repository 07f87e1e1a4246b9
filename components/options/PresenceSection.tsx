/**
 * Local presence: the admin's options beyond the seven automated steps (docs/caller-id-rules.md).
 * Each is off until turned on; with all off, selection is exactly the seven steps.
 */
import type { CallerIdSettings, PresenceOptions } from '../../lib/caller-id/types';
import { DEFAULT_CALLING_HOURS, DEFAULT_CONTACT_HISTORY_DAYS } from '../../lib/presence/defaults';
import { t } from '../../utils/i18n';
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
      title={t('options.presence.title')}
      description={t('options.presence.description')}
    >
      {locked && <LockedNote />}
      <fieldset class="presence-options" disabled={locked}>
        <legend class="visually-hidden">{t('options.presence.legend')}</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.samePlace === true}
            onChange={(e) => onChange({ samePlace: e.currentTarget.checked || undefined })}
          />
          <span>{t('options.presence.samePlace')}</span>
        </label>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.sameTimeZone === true}
            onChange={(e) => onChange({ sameTimeZone: e.currentTarget.checked || undefined })}
          />
          <span>{t('options.presence.sameTimeZone')}</span>
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
          <span>{t('options.presence.history')}</span>
        </label>
        {history && (
          <div class="sub-option">
            <label class="field-inline">
              {t('options.presence.history.within')}
              <input
                class="input"
                type="number"
                min={1}
                max={365}
                value={value.contactHistoryDays}
                aria-label={t('options.presence.history.daysLabel')}
                onInput={(e) => onChange({ contactHistoryDays: numberOf(e.currentTarget.value) })}
              />
              {t('options.presence.history.days')}
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
          <span>{t('options.presence.share')}</span>
        </label>
        {share && (
          <div class="sub-option">
            <label class="field-inline">
              {t('options.presence.share.cap')}
              <input
                class="input"
                type="number"
                min={1}
                value={value.shareLoad?.dailyCapPerNumber ?? ''}
                aria-label={t('options.presence.share.capLabel')}
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
          <span>{t('options.presence.hours')}</span>
        </label>
        {hours && (
          <div class="sub-option">
            <label class="field-inline">
              {t('options.presence.hours.from')}
              <input
                class="input"
                type="time"
                value={value.callingHours?.start ?? DEFAULT_CALLING_HOURS.start}
                aria-label={t('options.presence.hours.startLabel')}
                onInput={(e) =>
                  onChange({
                    callingHours: { ...value.callingHours, start: e.currentTarget.value },
                  })
                }
              />
            </label>
            <label class="field-inline">
              {t('options.presence.hours.to')}
              <input
                class="input"
                type="time"
                value={value.callingHours?.end ?? DEFAULT_CALLING_HOURS.end}
                aria-label={t('options.presence.hours.endLabel')}
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
