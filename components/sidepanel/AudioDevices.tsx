/**
 * Microphone and speaker of the softphone. Device names are only readable once the microphone
 * is allowed; until then the lists hold the system defaults. The choice is remembered in this
 * page's localStorage and sent to the offscreen document, where the call's audio lives.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Ack } from '../../lib/messages';
import { describeFailure } from '../../lib/ui/errors';
import { t, translator } from '../../utils/i18n';
import { useLatest } from '../shared/hooks/useLatest';

export interface AudioDevicesProps {
  onChange: (req: { input?: string; output?: string }) => Promise<Ack>;
  /** Lists the devices (navigator.mediaDevices.enumerateDevices in the page). */
  listDevices: () => Promise<{ deviceId: string; kind: string; label: string }[]>;
}

const KEY = 'ringside.audioDevices';

function saved(): { input: string; output: string } {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? '{}') as { input?: string; output?: string };
    return { input: v.input ?? '', output: v.output ?? '' };
  } catch {
    return { input: '', output: '' };
  }
}

export function AudioDevices({ onChange, listDevices }: AudioDevicesProps) {
  const [devices, setDevices] = useState<{ deviceId: string; kind: string; label: string }[]>([]);
  const [choice, setChoice] = useState(saved);
  const [error, setError] = useState<string | null>(null);

  // On mount only: list the devices once and restore the saved choice once.
  const props = useLatest({ onChange, listDevices });
  useEffect(() => {
    props.current
      .listDevices()
      .then(setDevices)
      .catch(() => setDevices([]));
    const initial = saved();
    // Fire and forget: a device that is gone leaves the default, and a pick reports its error.
    if (initial.input || initial.output) void props.current.onChange(initial);
  }, [props]);

  const pick = (which: 'input' | 'output', deviceId: string) => {
    const next = { ...choice, [which]: deviceId };
    setChoice(next);
    localStorage.setItem(KEY, JSON.stringify(next));
    onChange({ [which]: deviceId })
      .then((r) => setError(r.ok ? null : r.error))
      .catch((e: unknown) => setError(describeFailure(e, 'extension-page', translator.value)));
  };

  const options = (kind: string) =>
    devices
      .filter((d) => d.kind === kind && d.deviceId && d.deviceId !== 'default')
      .map((d, i) => (
        <option key={d.deviceId} value={d.deviceId}>
          {d.label ||
            (kind === 'audioinput'
              ? t('sidepanel.devices.microphoneN', { n: i + 1 })
              : t('sidepanel.devices.speakerN', { n: i + 1 }))}
        </option>
      ));

  return (
    <details class="card audio-devices">
      <summary>{t('sidepanel.devices.summary')}</summary>
      <label class="field-label" for="mic-select">
        {t('sidepanel.devices.microphone')}
      </label>
      <select
        id="mic-select"
        class="input"
        value={choice.input}
        onChange={(e) => pick('input', (e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('sidepanel.devices.systemDefault')}</option>
        {options('audioinput')}
      </select>
      <label class="field-label" for="speaker-select">
        {t('sidepanel.devices.speaker')}
      </label>
      <select
        id="speaker-select"
        class="input"
        value={choice.output}
        onChange={(e) => pick('output', (e.target as HTMLSelectElement).value)}
      >
        <option value="">{t('sidepanel.devices.systemDefault')}</option>
        {options('audiooutput')}
      </select>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
