// The one extra permission the health shield needs, per browser (measured, see
// docs/ARCHITECTURE.md "The health shield"):
// - Firefox: `webRequestBlocking`, an optional permission without a prompt, requested
//   when the user turns the shield on; the shield then cancels requests in a blocking
//   webRequest listener. Firefox allows no declarativeNetRequest permission as optional.
// - Chromium: `declarativeNetRequestWithHostAccess`, required in the manifest
//   (vite.config.ts): Chromium 156 grants it as an optional permission but then never
//   settles a declarativeNetRequest call, and MV3 Chrome has no blocking webRequest. It
//   shows no warning and blocks only where Pixelwacht already has host access; the
//   shield installs no rule until the user turns it on.
export type ShieldTarget = 'chrome' | 'firefox';

export function shieldPermissionFor(target: ShieldTarget): string {
  return target === 'firefox' ? 'webRequestBlocking' : 'declarativeNetRequestWithHostAccess';
}

/** Whether the permission is asked for when the shield is turned on (else the manifest holds it). */
export function shieldPermissionIsOptional(target: ShieldTarget): boolean {
  return target === 'firefox';
}
