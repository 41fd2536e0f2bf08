// What one tracker received, summarised for people: chips ("page address",
// "event: ViewContent", "hashed e-mail", "Facebook click id", "with your login
// cookie") and the values behind them. Message keys, not text: the UI translates.
import type { Disclosure } from '../model';
import type { TrackerRecord } from './page-record';

export type ChipId =
  | 'page-address'
  | 'page-title'
  | 'referrer'
  | 'event'
  | 'account'
  | 'hashed-email'
  | 'hashed-phone'
  | 'hashed-personal'
  | 'plain-personal'
  | 'click-id'
  | 'browser-id'
  | 'login-cookie'
  | 'session-recording'
  | 'custom-data'
  | 'consent-denied'
  | 'disguised';

export interface Chip {
  id: ChipId;
  /** Event name, or the platform a click id belongs to. */
  detail?: string;
}

export interface DisclosedValue {
  field: string;
  value: string;
  carriedBy?: string;
}

// Click ids name the ad platform whose ad was clicked: the link from an ad click to this visit.
const CLICK_IDS: Record<string, string> = {
  fbclid: 'Facebook', fbc: 'Facebook', gclid: 'Google', gbraid: 'Google', wbraid: 'Google', dclid: 'Google',
  msclkid: 'Microsoft', ttclid: 'TikTok', li_fat_id: 'LinkedIn', twclid: 'X', ScCid: 'Snapchat', rdt_cid: 'Reddit', epik: 'Pinterest',
};

const EMAIL_FIELDS = /^(?:em|email|e-mail|emails|email_address|emailaddress|hashed_?email|sha256_email(?:_address)?|email_sha256|hem|u_hem|md5_email|sha1_email)$/i;
const PHONE_FIELDS = /^(?:ph|phone|phone_number|phonenumber|sha256_phone_number|u_hpn|hpn|pn|mobile)$/i;

const MAX_VALUES = 60;
const MAX_EVENTS = 5;

function leaf(name: string): string {
  const bracket = /\[([^\]]+)\]$/.exec(name);
  return bracket ? bracket[1]! : name.split('.').pop()!;
}

function anyGoogleDenied(d: Disclosure): boolean {
  const g = d.consent?.google;
  return !!g && (g.ad_storage === 'denied' || g.analytics_storage === 'denied' || g.ad_user_data === 'denied');
}

export function summariseTracker(record: TrackerRecord): { chips: Chip[]; values: DisclosedValue[] } {
  const chips = new Map<string, Chip>();
  const values: DisclosedValue[] = [];
  const add = (chip: Chip) => chips.set(`${chip.id}:${chip.detail ?? ''}`, chip);
  const value = (field: string, v: string, d: Disclosure, carriedKey = field) => {
    if (values.length >= MAX_VALUES || values.some((x) => x.field === field && x.value === v)) return;
    values.push({ field, value: v, carriedBy: d.carriedBy[carriedKey] });
  };
  let events = 0;
  for (const d of record.disclosures) {
    const fields: [keyof Disclosure & ('pageUrl' | 'pageTitle' | 'referrer'), ChipId][] = [
      ['pageUrl', 'page-address'],
      ['pageTitle', 'page-title'],
      ['referrer', 'referrer'],
    ];
    for (const [field, chip] of fields) {
      const v = d[field];
      if (!v) continue;
      add({ id: chip });
      value(field, v, d);
    }
    if (d.event && events < MAX_EVENTS && !chips.has(`event:${d.event}`)) {
      add({ id: 'event', detail: d.event });
      events += 1;
    }
    if (d.event) value('event', d.event, d);
    if (d.accountId) {
      add({ id: 'account' });
      value('accountId', d.accountId, d);
    }
    for (const [name, v] of Object.entries(d.hashedPii ?? {})) {
      const key = leaf(name);
      add({ id: EMAIL_FIELDS.test(key) ? 'hashed-email' : PHONE_FIELDS.test(key) ? 'hashed-phone' : 'hashed-personal' });
      value(`hashedPii.${name}`, v, d);
    }
    for (const [name, v] of Object.entries(d.plainPii ?? {})) {
      add({ id: 'plain-personal' });
      value(`plainPii.${name}`, v, d);
    }
    for (const [name, v] of Object.entries(d.userIds ?? {})) {
      const platform = CLICK_IDS[leaf(name)];
      add(platform ? { id: 'click-id', detail: platform } : { id: 'browser-id' });
      value(`userIds.${name}`, v, d);
    }
    if (d.customData && Object.keys(d.customData).length > 0) {
      add({ id: 'custom-data' });
      for (const [name, v] of Object.entries(d.customData)) value(`customData.${name}`, v, d);
    }
    if (d.sessionRecording) add({ id: 'session-recording' });
    if (anyGoogleDenied(d)) add({ id: 'consent-denied' });
  }
  if (record.loginCookies) add({ id: 'login-cookie', detail: record.loginCookies.platform });
  if (record.disguised) add({ id: 'disguised' });
  return { chips: [...chips.values()], values };
}
