import browser from 'webextension-polyfill';
import { t } from '../ui/i18n';

export function HostAccessWarning() {
  // permissions.request must run in the click handler itself (a user gesture).
  const ask = () => void browser.permissions.request({ origins: ['<all_urls>'] }).then(() => location.reload());
  return (
    <div class="warning" role="alert" data-testid="no-host-access">
      <p>{t('popupNoHostAccess')}</p>
      <button type="button" onClick={ask}>
        {t('popupGrantAccess')}
      </button>
    </div>
  );
}
