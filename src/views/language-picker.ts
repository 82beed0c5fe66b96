/** The language picker: one button per language, each name in its own language; the one shown is pressed. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { dirOf } from '../data/inline.js';
import { LANGUAGES, LOCALES, type Locale } from '../internal/localization.js';

export interface LanguagePickerHost {
  readonly noLanguagePicker: boolean;
  /** @internal A custom tree is shown as written, in every locale: no picker then. */
  readonly treeSource: { readonly custom: boolean };
  /** @internal */
  onLanguage(event: Event): void;
}

export function languagePicker(host: LanguagePickerHost, active: Locale): TemplateResult | typeof nothing {
  if (host.noLanguagePicker || host.treeSource.custom) return nothing;
  return html`<div
    class="languages"
    part="language-picker"
    role="group"
    aria-label=${msg('Langue', { id: 'ui.language' })}
  >
    ${LOCALES.map(
      (code) =>
        html`<button
          type="button"
          part="language-button"
          lang=${code}
          dir=${dirOf(code)}
          aria-pressed=${String(code === active)}
          @click=${host.onLanguage}
        >
          ${LANGUAGES[code]}
        </button>`,
    )}
  </div>`;
}
