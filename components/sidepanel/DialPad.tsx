/**
 * The twelve-key dial pad. Each key is a real button (Tab, Enter and Space work) named by its digit;
 * a long press on 0 gives "+", as on a phone.
 */
import { useRef } from 'preact/hooks';

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
}

export function DialPad({ onKey }: DialPadProps) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const longPressed = useRef(false);

  const startPress = (key: string) => {
    longPressed.current = false;
    if (key !== '0') return;
    timer.current = setTimeout(() => {
      longPressed.current = true;
      onKey('+');
    }, LONG_PRESS_MS);
  };
  const endPress = () => clearTimeout(timer.current);

  return (
    <div class="dialpad" role="group" aria-label="Dial pad">
      {KEYS.map(([key, letters]) => (
        <button
          key={key}
          type="button"
          class="dial-key"
          aria-label={key === '0' ? '0 (hold for +)' : key}
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
            {letters || ' '}
          </span>
        </button>
      ))}
    </div>
  );
}
