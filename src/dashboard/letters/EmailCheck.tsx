// The local check that a hashed e-mail address in the evidence is the user's own.
// The address typed here is hashed in this page, compared, and forgotten: it is not
// stored, not put in the letter, and never leaves the browser.
import { useState } from 'preact/hooks';
import type { EvidenceBundle } from '../../core/evidence';
import { looksLikeEmail, matchEmailHashes, type EmailMatch } from '../../core/letters';
import { t } from '../../ui/i18n';

interface Props {
  bundle: EvidenceBundle;
  matches: EmailMatch[];
  onMatches: (matches: EmailMatch[]) => void;
}

export function EmailCheck({ bundle, matches, onMatches }: Props) {
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState<null | number>(null);
  const hasHashes = bundle.visits.some((v) => Object.values(v.trackers).some((tr) => tr.disclosures.some((d) => d.hashedPii && Object.keys(d.hashedPii).length > 0)));
  if (!hasHashes) return null;
  const check = () => {
    const found = matchEmailHashes(bundle, email);
    setChecked(found.length);
    onMatches(found);
    // The address itself is not kept once it has been checked.
    setEmail('');
  };
  return (
    <fieldset class="lw-email-check" data-testid="email-check">
      <legend>{t('lettersEmailLegend')}</legend>
      <p class="muted">{t('lettersEmailNote')}</p>
      <div class="lw-actions">
        <label class="inline-field">
          {t('lettersEmailLabel')}
          <input type="email" value={email} autocomplete="off" onInput={(e) => setEmail(e.currentTarget.value)} data-testid="email-check-input" />
        </label>
        <button type="button" disabled={!looksLikeEmail(email)} onClick={check} data-testid="email-check-button">{t('lettersEmailCheck')}</button>
      </div>
      {checked !== null && (
        <p role="status" class={checked > 0 ? 'lw-match' : 'muted'} data-testid="email-check-result">
          {checked === 1 ? t('lettersEmailMatchOne') : checked > 1 ? t('lettersEmailMatch', String(checked)) : t('lettersEmailNoMatch')}
        </p>
      )}
      {matches.length > 0 && (
        <label>
          <input type="checkbox" checked onChange={() => onMatches([])} data-testid="email-check-use" />
          {t('lettersEmailUse')}
        </label>
      )}
    </fieldset>
  );
}
