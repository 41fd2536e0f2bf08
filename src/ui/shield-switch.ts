// Turning the health shield on and off, and the per-site exceptions, from the popup
// and the Settings page. Turning it on asks for its permission at that moment, from the
// user's click (Firefox allows the request only inside the click's handler, so it is
// the first thing done); where the manifest holds the permission already the browser
// answers at once.
import browser from 'webextension-polyfill';
import { shieldPermissionFor } from '../core/shield/permission';
import { MAX_SHIELD_EXCEPTIONS } from '../storage/schemas';
import { changeSettings } from '../storage/settings';

const PERMISSION = shieldPermissionFor(__TARGET__);

/** Call straight from a click handler. Resolves false when the permission was refused. */
export function turnShieldOn(): Promise<boolean> {
  return browser.permissions.request({ permissions: [PERMISSION] as never }).then(async (granted) => {
    if (granted) await changeSettings(() => ({ shield: true }));
    return granted;
  });
}

export async function turnShieldOff(): Promise<void> {
  await changeSettings(() => ({ shield: false }));
}

/** Lets trackers through on a site ("the page looks broken"), or blocks them there again. */
export async function setShieldException(site: string, allow: boolean): Promise<void> {
  await changeSettings((s) => {
    const rest = s.shieldExceptions.filter((e) => e !== site);
    return { shieldExceptions: allow ? [site, ...rest].slice(0, MAX_SHIELD_EXCEPTIONS) : rest };
  });
}
