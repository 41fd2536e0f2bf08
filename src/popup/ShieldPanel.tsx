// The health shield in the popup: what it stopped on this page ("tried to tell Meta
// …, blocked", with the count), the "page looks broken? allow trackers here" control
// when it is on, and the offer to turn it on after a health alarm when it is off.
import { useEffect, useState } from 'preact/hooks';
import type { CompanyLine } from '../core/records/company-lines';
import type { PageRecord, TrackerRecord } from '../core/records/page-record';
import { onSettingsChanged, readSettings } from '../storage/settings';
import type { Settings } from '../storage/settings-store';
import { plural, t } from '../ui/i18n';
import { ShieldBlocked } from '../ui/ShieldBlocked';
import { setShieldException, turnShieldOn } from '../ui/shield-switch';

function isHealthPage(page: PageRecord): boolean {
  const h = page.health;
  if (h?.override) return h.override.value === 'health';
  return h?.verdict?.health === true;
}

/**
 * `blocked`: what the shield stopped, shown under the headline. `controls`: the exception and the
 * offer, shown after the company lines so the first screen still shows who was told.
 */
export function ShieldPanel({ page, lines, part }: { page: PageRecord; lines: CompanyLine[]; part: 'blocked' | 'controls' }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [refused, setRefused] = useState(false);
  const reload = () => void readSettings().then(setSettings);
  // Follows changes made elsewhere while the popup is open (Settings, another popup).
  useEffect(() => {
    reload();
    return onSettingsChanged(setSettings);
  }, []);
  if (!settings) return null;

  const excepted = settings.shieldExceptions.includes(page.site);
  const turnOn = () => {
    // The permission request must be the first thing the click does (Firefox).
    void turnShieldOn().then((granted) => {
      setRefused(!granted);
      reload();
    });
  };
  const except = (allow: boolean) => void setShieldException(page.site, allow).then(reload);

  if (part === 'blocked') return <ShieldBlocked page={page} lines={lines} />;
  return (
    <div class="shield" data-testid="shield" data-shield={settings.shield ? 'on' : 'off'}>
      {settings.shield && !page.incognito && (
        excepted ? (
          <p>
            {t('shield_allowedHere')}{' '}
            <button type="button" data-testid="shield-block-again" onClick={() => except(false)}>
              {t('shield_blockAgain')}
            </button>
          </p>
        ) : (
          <p>
            <button type="button" data-testid="shield-allow-here" onClick={() => except(true)}>
              {t('shield_allowHere')}
            </button>
          </p>
        )
      )}
      {!settings.shield && isHealthPage(page) && Object.keys(page.trackers).length > 0 && (
        <div class="shield-offer" data-testid="shield-offer">
          <p>
            <strong>{t('shield_offerQuestion')}</strong> {t('shield_offerExplain')}
          </p>
          <button type="button" data-testid="shield-turn-on" onClick={turnOn}>
            {t('shield_turnOn')}
          </button>
          {refused && <p data-testid="shield-refused">{t('shield_permissionRefused')}</p>}
        </div>
      )}
    </div>
  );
}

/** Under each tracker in the company lines: how many of its requests the shield blocked. */
export function blockedMark(record: TrackerRecord) {
  if (!record.blocked) return null;
  return (
    <p class="shield-mark" data-testid="tracker-blocked" data-blocked={record.blocked}>
      {plural('shield_trackerBlocked', record.blocked, [String(record.requestCount)])}
    </p>
  );
}
