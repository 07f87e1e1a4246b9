// @vitest-environment happy-dom
// Translated sentences with elements inside (a host in bold, a number in its span), and the
// popup's site line in each language.
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteControl } from '../../../../components/popup/SiteControl';
import { Slotted } from '../../../../components/shared/Slotted';
import { setLanguagePreference } from '../../../../utils/i18n';

afterEach(() => {
  cleanup();
  setLanguagePreference('auto');
});

describe('Slotted', () => {
  it.each([
    ['en', 'Click-to-call is on for crm.example.com'],
    ['pt-BR', 'Clique para ligar está ativado em crm.example.com'],
    ['es', 'Clic para llamar está activado en crm.example.com'],
  ] as const)('%s: the whole sentence, the host drawn in bold where it falls', (language, text) => {
    setLanguagePreference(language);
    const { container } = render(
      <p>
        <Slotted k="popup.site.enabledFor" slots={{ host: <strong>crm.example.com</strong> }} />
      </p>,
    );
    expect(container.textContent).toBe(text);
    expect(container.querySelector('strong')?.textContent).toBe('crm.example.com');
  });

  it('keeps plain values and several elements in the translation’s order', () => {
    setLanguagePreference('es');
    const { container } = render(
      <p>
        <Slotted
          k="sidepanel.last.placed"
          values={{ fromKind: 'labelled', label: 'Ventas', fromNumber: '+1 415 555 0100' }}
          slots={{ to: <span class="tel">+1 212 555 0199</span> }}
        />
      </p>,
    );
    expect(container.textContent).toBe(
      'Llamada a +1 212 555 0199 realizada desde Ventas +1 415 555 0100',
    );
    expect(container.querySelector('.tel')?.textContent).toBe('+1 212 555 0199');
  });

  it('re-renders the popup’s site line when the language changes', async () => {
    render(<SiteControl state={{ kind: 'unavailable' }} onEnable={() => undefined} />);
    expect(screen.getByText('Open a CRM page to use Ringside on it.')).toBeTruthy();
    setLanguagePreference('pt-BR');
    expect(
      await screen.findByText('Abra uma página de CRM para usar o Ringside nela.'),
    ).toBeTruthy();
  });
});
