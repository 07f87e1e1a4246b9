/**
 * The admin's Outbound Caller ID Selection: Automated (Ringside picks for every call) or Customized
 * (agents choose), and with Customized whether "Default" (Ringside's pick) is one of the choices.
 * Worded as contact-center admin consoles word it.
 */
import type { ComponentChildren } from 'preact';
import type { CallerIdSettings } from '../../lib/caller-id/types';
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
      title="Outbound Caller ID Selection"
      description="Choose how the number shown to the people your agents call is picked. Agents can have their own setting in the Agents table."
    >
      {locked && <LockedNote />}
      <fieldset class="choice-cards" disabled={locked}>
        <legend class="visually-hidden">Outbound caller ID selection</legend>
        <label class={value.mode === 'automated' ? 'choice-card selected' : 'choice-card'}>
          <input
            type="radio"
            name="caller-id-mode"
            value="automated"
            checked={value.mode === 'automated'}
            onChange={() => onChange({ mode: 'automated' })}
          />
          <span class="choice-card-text">
            <span class="choice-card-title">Automated</span>
            <span class="choice-card-lead">Ringside picks the best number for each call</span>
            <span class="hint">
              It matches the area code of the number called, then its state or province, then its
              country, among the agent’s ring-group numbers.
            </span>
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
            <span class="choice-card-title">Customized</span>
            <span class="choice-card-lead">Agents choose their outbound caller ID</span>
            <span class="hint">
              Each agent picks one of their ring groups’ numbers in the Ringside toolbar popup or
              softphone.
            </span>
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
            <span class="checkbox-title">Allow agents to use Default</span>
            <span class="hint" id="allow-default-hint">
              {customized
                ? 'Default lets Ringside pick the best number for each call, as in Automated. When off, agents always call from a number they picked (their first number until they pick).'
                : 'Applies to Customized selection only.'}
            </span>
          </span>
        </label>
      </div>
      <FieldErrors id="caller-id-errors" messages={errors} />
      {preview}
    </Section>
  );
}
