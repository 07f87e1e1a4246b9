/**
 * The admin's Outbound Caller ID Selection: Automated (Ringside picks for every call) or Customized
 * (agents choose), and with Customized whether "Default" (Ringside's pick) is one of the choices.
 * Worded as contact-center admin consoles word it.
 */
import type { ComponentChildren } from 'preact';
import type { CallerIdSettings } from '../../lib/caller-id/types';
import { t } from '../../utils/i18n';
import { FieldErrors } from './FieldErrors';
import { LockedNote } from './LockedNote';
import { Section } from './Section';

export interface CallerIdPolicySectionProps {
  value: CallerIdSettings;
  onChange: (patch: Partial<CallerIdSettings>) => void;
  /** The account cannot be edited here (policy sets its source). */
  locked?: boolean;
  errors?: readonly string[];
  /** What an agent sees with these settings. */
  preview?: ComponentChildren;
}

export function CallerIdPolicySection({
  value,
  onChange,
  locked = false,
  errors = [],
  preview,
}: CallerIdPolicySectionProps) {
  const customized = value.mode === 'customized';
  return (
    <Section
      id="caller-id"
      title={t('options.callerId.title')}
      description={t('options.callerId.description')}
    >
      {locked && <LockedNote />}
      <fieldset class="choice-cards" disabled={locked}>
        <legend class="visually-hidden">{t('options.callerId.legend')}</legend>
        <label class={value.mode === 'automated' ? 'choice-card selected' : 'choice-card'}>
          <input
            type="radio"
            name="caller-id-mode"
            value="automated"
            checked={value.mode === 'automated'}
            onChange={() => onChange({ mode: 'automated' })}
          />
          <span class="choice-card-text">
            <span class="choice-card-title">{t('options.callerId.automated')}</span>
            <span class="choice-card-lead">{t('options.callerId.automated.lead')}</span>
            <span class="hint">{t('options.callerId.automated.hint')}</span>
          </span>
        </label>
        <label class={customized ? 'choice-card selected' : 'choice-card'}>
          <input
            type="radio"
            name="caller-id-mode"
            value="customized"
            checked={customized}
            onChange={() => onChange({ mode: 'customized' })}
          />
          <span class="choice-card-text">
            <span class="choice-card-title">{t('options.callerId.customized')}</span>
            <span class="choice-card-lead">{t('options.callerId.customized.lead')}</span>
            <span class="hint">{t('options.callerId.customized.hint')}</span>
          </span>
        </label>
      </fieldset>
      <div class={customized ? 'sub-option' : 'sub-option disabled'}>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={value.allowDefault}
            disabled={locked || !customized}
            aria-describedby="allow-default-hint"
            onChange={(e) => onChange({ allowDefault: e.currentTarget.checked })}
          />
          <span>
            <span class="checkbox-title">{t('options.callerId.allowDefault')}</span>
            <span class="hint" id="allow-default-hint">
              {customized
                ? t('options.callerId.allowDefault.hint')
                : t('options.callerId.allowDefault.onlyCustomized')}
            </span>
          </span>
        </label>
      </div>
      <FieldErrors id="caller-id-errors" messages={errors} />
      {preview}
    </Section>
  );
}
