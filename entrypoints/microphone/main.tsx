/**
 * The one place Ringside asks for the microphone. The side panel and the offscreen softphone
 * cannot show the browser's prompt, so this page opens in a tab and asks once, inside a click;
 * the grant then holds for every Ringside page, the offscreen softphone included.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { injectStyles } from '../../components/shared/inject-styles';
import { microphoneProblem } from '../../lib/softphone/microphone';

function MicrophonePage() {
  const [state, setState] = useState<
    { kind: 'idle' | 'asking' | 'ok' } | { kind: 'error'; text: string }
  >({
    kind: 'idle',
  });
  const ask = async () => {
    setState({ kind: 'asking' });
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      stream.getTracks().forEach((t) => t.stop());
      setState({ kind: 'ok' });
    } catch (e) {
      const name = e instanceof DOMException ? e.name : 'Error';
      setState({
        kind: 'error',
        text: microphoneProblem(name, import.meta.env.FIREFOX ? 'firefox' : 'chrome')!,
      });
    }
  };
  return (
    <main class="surface-body" style={{ maxWidth: '32rem', margin: '2rem auto' }}>
      <section class="card">
        <h1 class="card-title">Allow the microphone for the Ringside softphone</h1>
        <p>
          Calls from the softphone need your microphone. Click the button and allow it when the
          browser asks; you only do this once.
        </p>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => void ask()}
          disabled={state.kind === 'asking'}
        >
          Allow microphone
        </button>
        <div role="status" aria-live="polite">
          {state.kind === 'ok' && (
            <p class="alert alert-ok">
              The microphone is allowed. You can close this tab and call from the softphone.
            </p>
          )}
          {state.kind === 'error' && <p class="alert alert-error">{state.text}</p>}
        </div>
      </section>
    </main>
  );
}

injectStyles();
render(<MicrophonePage />, document.getElementById('app')!);
