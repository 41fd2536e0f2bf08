// Settings: how long history is kept, notifications, a copy of everything, and
// erasing everything (after an explicit second step).
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../protocol/client';
import { exportHistory } from '../storage/history-reader';
import { RETENTION_DAYS } from '../storage/schemas';
import { changeSettings, onSettingsChanged, readSettings } from '../storage/settings';
import { DEFAULT_SETTINGS, validRetention, type LanguageSetting, type Settings } from '../storage/settings-store';
import { plural, t } from '../ui/i18n';
import { turnShieldOff, turnShieldOn } from '../ui/shield-switch';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Preferences() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [retention, setRetention] = useState('');
  const [status, setStatus] = useState('');
  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setRetention(String(s.retentionDays));
    });
    // The popup (a shield exception) or another Settings page may change them meanwhile.
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return <p aria-busy="true" />;
  // Only the field a control changes is written: what this page read when it opened may be old.
  const save = async (change: Partial<Settings>) => {
    setSettings({ ...settings, ...change });
    setSettings(await changeSettings(() => change));
    setStatus(t('settingsSaved'));
  };
  const retentionDays = Number(retention);
  const retentionValid = validRetention(retentionDays);
  return (
    <section aria-labelledby="prefs-heading">
      <h2 id="prefs-heading">{t('settingsPreferencesHeading')}</h2>
      <div class="field">
        <label for="retention">{t('settingsRetentionLabel')}</label>
        <input
          id="retention"
          type="number"
          inputMode="numeric"
          min={RETENTION_DAYS.min}
          max={RETENTION_DAYS.max}
          value={retention}
          aria-describedby="retention-help"
          aria-invalid={!retentionValid}
          data-testid="retention"
          onInput={(e) => {
            setRetention(e.currentTarget.value);
            setStatus('');
          }}
          onChange={(e) => {
            const days = Number(e.currentTarget.value);
            if (validRetention(days)) void save({ retentionDays: days });
          }}
        />
        <p id="retention-help" class={retentionValid ? 'muted help' : 'error help'}>
          {retentionValid
            ? t('settingsRetentionHelp', String(DEFAULT_SETTINGS.retentionDays))
            : t('settingsRetentionInvalid', [String(RETENTION_DAYS.min), String(RETENTION_DAYS.max)])}
        </p>
      </div>
      <div class="field check">
        <input
          id="notifications"
          type="checkbox"
          checked={settings.notifications}
          aria-describedby="notifications-help"
          data-testid="notifications"
          onChange={(e) => void save({ notifications: e.currentTarget.checked })}
        />
        <label for="notifications">{t('settingsNotificationsLabel')}</label>
      </div>
      <p id="notifications-help" class="muted help">
        {t('settingsNotificationsHelp')}
      </p>
      <div class="field check">
        <input
          id="shield"
          type="checkbox"
          checked={settings.shield}
          aria-describedby="shield-help"
          data-testid="shield-switch"
          onClick={(e) => {
            // Turning it on asks for the permission from this very click (Firefox requires it).
            const on = e.currentTarget.checked;
            const done = on ? turnShieldOn() : turnShieldOff().then(() => true);
            void done.then(async (ok) => {
              setSettings(await readSettings());
              setStatus(ok ? t('settingsSaved') : t('shield_permissionRefused'));
            });
          }}
        />
        <label for="shield">{t('shield_settingsLabel')}</label>
      </div>
      <p id="shield-help" class="muted help">
        {t('shield_settingsHelp')}
      </p>
      {settings.shieldExceptions.length > 0 && (
        <p class="muted help" data-testid="shield-exceptions">
          {t('shield_settingsExceptions', settings.shieldExceptions.join(', '))}{' '}
          <button
            type="button"
            data-testid="shield-clear-exceptions"
            onClick={() => void save({ shieldExceptions: [] })}
          >
            {t('shield_settingsClearExceptions')}
          </button>
        </p>
      )}
      <div class="field">
        <label for="language">{t('settingsLanguageLabel')}</label>
        <select
          id="language"
          value={settings.language}
          aria-describedby="language-help"
          data-testid="language"
          onChange={(e) => {
            const language = e.currentTarget.value as LanguageSetting;
            // Every text on the page changes: load it again in the new language.
            void save({ language }).then(() => location.reload());
          }}
        >
          <option value="auto">{t('settingsLanguageAuto')}</option>
          <option value="nl" lang="nl">
            {t('settingsLanguageNl')}
          </option>
          <option value="en" lang="en">
            {t('settingsLanguageEn')}
          </option>
        </select>
        <p id="language-help" class="muted help">
          {t('settingsLanguageHelp')}
        </p>
      </div>
      <p role="status" class="status" data-testid="settings-status">
        {status}
      </p>
    </section>
  );
}

function ExportAll() {
  const [status, setStatus] = useState('');
  const run = async () => {
    const data = await exportHistory();
    download(`pixelwacht-history-${today()}.json`, JSON.stringify(data, null, 2));
    setStatus(plural('settingsExported', data.sites.length));
  };
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('settingsExportHeading')}</h2>
      <p>{t('settingsExportText')}</p>
      <button type="button" onClick={() => void run()} data-testid="export">
        {t('settingsExportButton')}
      </button>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}

function EraseAll() {
  const [step, setStep] = useState<'idle' | 'confirm' | 'erasing' | 'done' | 'failed'>('idle');
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus();
  }, [step]);
  const erase = async () => {
    setStep('erasing');
    try {
      await send('dashboard:eraseAll', {});
      setStep('done');
    } catch (error) {
      console.error('Pixelwacht: erase failed', error);
      setStep('failed');
    }
  };
  return (
    <section aria-labelledby="erase-heading" class="danger-zone">
      <h2 id="erase-heading">{t('settingsEraseHeading')}</h2>
      <p>{t('settingsEraseText')}</p>
      {step !== 'confirm' && (
        <button ref={startRef} type="button" class="danger" onClick={() => setStep('confirm')} disabled={step === 'erasing'} data-testid="erase">
          {t('settingsEraseButton')}
        </button>
      )}
      {step === 'confirm' && (
        <div class="confirm" role="group" aria-labelledby="erase-confirm-text" data-testid="erase-confirm">
          <p id="erase-confirm-text" tabIndex={-1} ref={confirmRef}>
            <strong>{t('settingsEraseConfirmText')}</strong>
          </p>
          <button type="button" class="danger" onClick={() => void erase()} data-testid="erase-yes">
            {t('settingsEraseConfirm')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setStep('idle');
              setTimeout(() => startRef.current?.focus(), 0);
            }}
            data-testid="erase-cancel"
          >
            {t('settingsEraseCancel')}
          </button>
        </div>
      )}
      <p role="status" class="status" data-testid="erase-status">
        {step === 'done' ? t('settingsErased') : step === 'failed' ? t('settingsEraseFailed') : ''}
      </p>
    </section>
  );
}

export function SettingsPage() {
  return (
    <>
      <h1 tabIndex={-1}>{t('settingsHeading')}</h1>
      <Preferences />
      <ExportAll />
      <EraseAll />
    </>
  );
}
