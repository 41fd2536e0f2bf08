// First run (Firefox, where access to sites is the user's choice): explain why
// Pixelwacht needs to see requests on all sites, and ask.
import browser from 'webextension-polyfill';
import '../ui/theme.css';
import './onboarding.css';

document.documentElement.lang = browser.i18n.getUILanguage();
for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  element.textContent = browser.i18n.getMessage(element.dataset.i18n!);
}

const result = document.getElementById('result')!;
const ALL_SITES = { origins: ['<all_urls>'] };

async function showState(): Promise<void> {
  if (await browser.permissions.contains(ALL_SITES)) result.textContent = browser.i18n.getMessage('onboardingGranted');
}

document.getElementById('grant')!.addEventListener('click', () => {
  // Must be called synchronously in the click: permission requests need a user gesture.
  void browser.permissions.request(ALL_SITES).then((granted) => {
    result.textContent = browser.i18n.getMessage(granted ? 'onboardingGranted' : 'onboardingDenied');
  });
});
void showState();
