/**
 * The one place Ringside asks for the microphone. The side panel and the offscreen softphone
 * cannot show the browser's prompt, so this page opens in a tab and asks once, inside a click;
 * the grant then holds for every Ringside page, the offscreen softphone included.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { injectStyles } from '../../components/shared/inject-styles';
import { catalogsFrom } from '../../lib/i18n/catalog';
import { microphoneProblem } from '../../lib/softphone/microphone';
import { installCatalogs, t, translator } from '../../utils/i18n';
import { followDocumentLanguage, followLanguageSetting } from '../../utils/language-setting';

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
        text: microphoneProblem(
          name,
          import.meta.env.FIREFOX ? 'firefox' : 'chrome',
          translator.value,
        )!,
      });
    }
  };
  return (
    <main class="surface-body" style={{ maxWidth: '32rem', margin: '2rem auto' }}>
      <section class="card">
        <h1 class="card-title">{t('sidepanel.microphonePage.heading')}</h1>
        <p>{t('sidepanel.microphonePage.intro')}</p>
        <button
          type="button"
          class="btn btn-primary"
          onClick={() => void ask()}
          disabled={state.kind === 'asking'}
        >
          {t('sidepanel.microphonePage.allow')}
        </button>
        <div role="status" aria-live="polite">
          {state.kind === 'ok' && (
            <p class="alert alert-ok">{t('sidepanel.microphonePage.allowed')}</p>
          )}
          {state.kind === 'error' && <p class="alert alert-error">{state.text}</p>}
        </div>
      </section>
    </main>
  );
}

installCatalogs(
  catalogsFrom(
    import.meta.glob('../../lib/i18n/messages/*/{common,sidepanel,softphone}.json', {
      eager: true,
      import: 'default',
    }),
  ),
);
followLanguageSetting();
followDocumentLanguage(() => t('sidepanel.microphonePage.documentTitle'));
injectStyles();
render(<MicrophonePage />, document.getElementById('app')!);
