/**
 * The twelve-key dial pad. Each key is a real button (Tab, Enter and Space work) named by its digit;
 * a long press on 0 gives "+", as on a phone. The call keypad (DTMF) has no "+": there 0 is 0.
 */
import { useRef } from 'preact/hooks';
import { t } from '../../utils/i18n';

const KEYS: [string, string][] = [
  ['1', ''],
  ['2', 'ABC'],
  ['3', 'DEF'],
  ['4', 'GHI'],
  ['5', 'JKL'],
  ['6', 'MNO'],
  ['7', 'PQRS'],
  ['8', 'TUV'],
  ['9', 'WXYZ'],
  ['*', ''],
  ['0', '+'],
  ['#', ''],
];

const LONG_PRESS_MS = 500;

export interface DialPadProps {
  onKey: (key: string) => void;
  /** Whether a long press on 0 gives "+" (dialling; not during a call). */
  plus?: boolean;
  /** The group's accessible name. */
  label?: string;
}

export function DialPad({ onKey, plus = true, label }: DialPadProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const longPressed = useRef(false);

  const startPress = (key: string) => {
    longPressed.current = false;
    if (key !== '0' || !plus) return;
    timer.current = setTimeout(() => {
      longPressed.current = true;
      onKey('+');
    }, LONG_PRESS_MS);
  };
  const endPress = () => clearTimeout(timer.current);

  return (
    <div class="dialpad" role="group" aria-label={label ?? t('sidepanel.dialPad')}>
      {KEYS.map(([key, letters]) => (
        <button
          key={key}
          type="button"
          class="dial-key"
          aria-label={key === '0' && plus ? t('sidepanel.dialPadZero') : key}

          onPointerDown={() => startPress(key)}
          onPointerUp={endPress}
          onPointerLeave={endPress}
          onClick={() => {
            if (longPressed.current) return;
            onKey(key);
          }}
        >
          <span class="dial-digit">{key}</span>
          <span class="dial-letters" aria-hidden="true">
            {(key === '0' && !plus ? '' : letters) || ' '}
          </span>
        </button>
      ))}
    </div>
  );
}
