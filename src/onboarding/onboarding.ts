// First run: what Pixelwacht does, what the number on its button means, and —
// where access to sites is the user's choice (Firefox) — asking for it. The
// access part shows one state at a time: the request button, or that access is
// granted, never both.
import browser from 'webextension-polyfill';
import '../ui/theme.css';
import './onboarding.css';
import { loadLanguage, t } from '../ui/i18n';

const ALL_SITES = { origins: ['<all_urls>'] };
const grant = document.getElementById('grant') as HTMLButtonElement;
const result = document.getElementById('result')!;

function showAccess(granted: boolean, asked: boolean): void {
  grant.hidden = granted;
  result.textContent = granted ? t('onboardingGranted') : asked ? t('onboardingDenied') : '';
}

grant.addEventListener('click', () => {
  // Must be called synchronously in the click: permission requests need a user gesture.
  void browser.permissions.request(ALL_SITES).then((granted) => showAccess(granted, true));
});

void (async () => {
  await loadLanguage();
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n!);
  showAccess(await browser.permissions.contains(ALL_SITES), false);
  document.querySelector('main')!.removeAttribute('aria-busy');
})();
