// Step 2: what the report and letters show of the pages and of the user's own
// identifiers. The evidence file itself is never redacted.
import type { Redaction } from '../../core/evidence';
import { t } from '../../ui/i18n';

interface Props {
  redaction: Redaction;
  onChange: (redaction: Redaction) => void;
  /** The observations as the letter will state them, with this redaction. */
  preview: string | null;
}

export function RedactionStep({ redaction, onChange, preview }: Props) {
  return (
    <div class="wizard-step" data-testid="step-redaction">
      <fieldset>
        <legend>{t('letterRedactPagesLegend')}</legend>
        <label>
          <input type="radio" name="pages" checked={redaction.pageAddresses === 'full'} onChange={() => onChange({ ...redaction, pageAddresses: 'full' })} data-testid="pages-full" />
          {t('letterRedactPagesFull')}
        </label>
        <label>
          <input type="radio" name="pages" checked={redaction.pageAddresses === 'category'} onChange={() => onChange({ ...redaction, pageAddresses: 'category' })} data-testid="pages-category" />
          {t('letterRedactPagesCategory')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('letterRedactIdsLegend')}</legend>
        <label>
          <input type="radio" name="ids" checked={redaction.ownIdentifiers === 'show'} onChange={() => onChange({ ...redaction, ownIdentifiers: 'show' })} data-testid="ids-show" />
          {t('letterRedactIdsShow')}
        </label>
        <label>
          <input type="radio" name="ids" checked={redaction.ownIdentifiers === 'remove'} onChange={() => onChange({ ...redaction, ownIdentifiers: 'remove' })} data-testid="ids-remove" />
          {t('letterRedactIdsRemove')}
        </label>
      </fieldset>
      <p class="muted">{t('letterRedactRawNote')}</p>
      <h3 id="lw-preview-heading">{t('letterRedactPreview')}</h3>
      {/* It scrolls: focusable, so that keyboard users can scroll it too, and named by its heading. */}
      <pre class="letter-preview" data-testid="redaction-preview" aria-live="polite" tabIndex={0} role="region" aria-labelledby="lw-preview-heading">{preview ?? '…'}</pre>
    </div>
  );
}
