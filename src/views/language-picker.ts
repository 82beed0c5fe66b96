/** The language picker: one button per language, each name in its own language; the one shown is pressed. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { LANGUAGES, type Locale } from '../internal/localization.js';

export interface LanguagePickerHost {
  /** @internal Whether the picker is shown (not with `no-language-picker`, a custom tree, or on paper). */
  readonly pickerShown: boolean;
  /** @internal */
  onLanguage(event: Event): void;
}

const LOCALES = Object.keys(LANGUAGES) as Locale[];

export function languagePicker(host: LanguagePickerHost, active: Locale): TemplateResult | typeof nothing {
  if (!host.pickerShown) return nothing;
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
          dir=${LANGUAGES[code].dir}
          aria-pressed=${code === active ? 'true' : 'false'}
          @click=${host.onLanguage}
        >
          ${LANGUAGES[code].name}
        </button>`,
    )}
  </div>`;
}
