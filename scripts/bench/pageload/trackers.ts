// The tracker requests the benchmark page sends, written from the vendors'
// documented request shapes (no vendor code is copied): what a Dutch insurer's
// page with a tag manager typically fires. Every URL is https on a real tracker
// host name; the benchmark maps those names to its own server on 127.0.0.1, so
// nothing leaves the machine.
//
// Placeholders, filled in the page when the request is sent:
//   {page} {ref} {title}  the page's address, referrer and title, URL-encoded
//   {ts} {sec} {rnd} {i}  time in ms and s, a random number, the request's index
//   {ev}                  an event name (page_view, scroll, …) cycling per request

export type TrackerKind = 'img' | 'beacon' | 'fetch' | 'script' | 'iframe';

export interface TrackerShape {
  kind: TrackerKind;
  /** Full https URL with placeholders. */
  url: string;
  /** Request body for beacon and fetch (text/plain or form data as text). */
  body?: string;
}

/**
 * Tags that load once per page: vendor scripts and the vendors' own iframes.
 * Ordered so that a short prefix already has every loader kind.
 */
export const LOADERS: readonly TrackerShape[] = [
  { kind: 'script', url: 'https://www.googletagmanager.com/gtag/js?id=G-VZ4B7K2M9Q&l=dataLayer&cx=c&gtm=45He5b10v9' },
  { kind: 'script', url: 'https://connect.facebook.net/en_US/fbevents.js' },
  { kind: 'iframe', url: 'https://td.doubleclick.net/td/rul/987654321?random={rnd}&cv=11&fst={ts}&fmt=3&bg=ffffff&guid=ON&async=1&gtm=45be5b10v9&u_w=1920&u_h=1080&url={page}&ref={ref}&tiba={title}&hn=www.googleadservices.com&npa=0&pscdl=noapi&auid=1234567890.{sec}&data=event%3Dgtag.config' },
  { kind: 'script', url: 'https://snap.licdn.com/li.lms-analytics/insight.min.js' },
  { kind: 'script', url: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CGZW12345ABCDE67890&lib=ttq' },
  { kind: 'iframe', url: 'https://8765432.fls.doubleclick.net/activityi;src=8765432;type=zorg0;cat=ivf00;ord={rnd};npa=0;auiddc=1234567890.{sec};uaa=x86;uab=64;uafvl=Chromium;uamb=0;uap=Linux;pscdl=noapi;frm=0;gtm=45fe5b10v9;gcs=G111;gcd=13r3r3r3r5l1;dma=0;tag_exp=0;epver=2;~oref={page}?' },
  { kind: 'script', url: 'https://bat.bing.com/bat.js' },
  { kind: 'script', url: 'https://s.pinimg.com/ct/core.js' },
  { kind: 'script', url: 'https://sc-static.net/scevent.min.js' },
  { kind: 'script', url: 'https://static.ads-twitter.com/uwt.js' },
  { kind: 'script', url: 'https://www.clarity.ms/tag/vz7k2m9qab' },
  { kind: 'script', url: 'https://js.adsrvr.org/up_loader.1.1.0.js' },
  { kind: 'script', url: 'https://www.redditstatic.com/ads/pixel.js' },
];

/** Requests a page sends many times: page views, scroll and engagement events, conversions. */
export const EVENTS: readonly TrackerShape[] = [
  { kind: 'img', url: 'https://www.facebook.com/tr/?id=1234567890123456&ev={ev}&dl={page}&rl={ref}&if=false&ts={ts}&sw=1920&sh=1080&v=2.9.180&r=stable&ec={i}&o=4126&fbp=fb.1.{ts}.{rnd}&ler=empty&cdl=API_unavailable&it={ts}&coo=false&rqm=GET' },
  { kind: 'beacon', url: 'https://region1.google-analytics.com/g/collect?v=2&tid=G-VZ4B7K2M9Q&gtm=45je5b10v9&_p={ts}&gcs=G111&gcd=13r3r3r3r5l1&npa=0&dma=0&cid=1234567890.{sec}&ul=nl-nl&sr=1920x1080&uaa=x86&uab=64&uafvl=Chromium&uamb=0&uap=Linux&are=1&frm=0&pscdl=noapi&_s={i}&sid={sec}&sct=1&seg=1&dl={page}&dr={ref}&dt={title}&tfd={i}', body: 'en={ev}&_et=12&epn.percent_scrolled=90\nen=user_engagement&_et=840' },
  { kind: 'img', url: 'https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=7654321&time={ts}&url={page}&li_fat_id=&conversionId=&eventId={rnd}' },
  { kind: 'fetch', url: 'https://analytics.tiktok.com/api/v2/pixel', body: '{"event":"{ev}","event_id":"evt-{ts}-{i}","timestamp":"{ts}","context":{"ad":{},"page":{"url":"{page}","referrer":"{ref}"},"pixel":{"code":"CGZW12345ABCDE67890"},"user":{"anonymous_id":"tt-{rnd}"},"library":{"name":"pixel.js","version":"2.2.1"}},"properties":{"content_name":"{title}"}}' },
  { kind: 'img', url: 'https://stats.g.doubleclick.net/g/collect?v=2&tid=G-VZ4B7K2M9Q&cid=1234567890.{sec}&gtm=45je5b10v9&aip=1&dma=0&gcs=G111&gcd=13r3r3r3r5l1&npa=0&frm=0&z={rnd}' },
  { kind: 'img', url: 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/987654321/?random={rnd}&cv=11&fst={ts}&bg=ffffff&guid=ON&async=1&gtm=45be5b10v9&gcd=13r3r3r3r5l1&dma=0&u_w=1920&u_h=1080&url={page}&ref={ref}&label=AbCdEfGhIjKlMnOp&hn=www.googleadservices.com&frm=0&tiba={title}&value=0&npa=0&pscdl=noapi&auid=1234567890.{sec}&data=event%3D{ev}&rfmt=3&fmt=4' },
  { kind: 'img', url: 'https://www.google.com/pagead/1p-user-list/987654321/?random={rnd}&cv=11&fst={ts}&bg=ffffff&guid=ON&async=1&gtm=45be5b10v9&u_w=1920&u_h=1080&url={page}&ref={ref}&tiba={title}&data=event%3D{ev}&fmt=3&is_vtc=1&cid=CAQSKQDn&random={rnd}&rmt_tld=0&ipr=y' },
  { kind: 'img', url: 'https://bat.bing.com/action/0?ti=187654321&tm=gtm002&Ver=2&mid=0c8f1a2b-3c4d-4e5f-8a9b-{rnd}&sid=1a2b3c4d{sec}&vid=5e6f7a8b{sec}&vids=0&msclkid=N&pi=918639831&lg=nl-NL&sw=1920&sh=1080&sc=24&tl={title}&p={page}&r={ref}&lt=312&evt={ev}&sv=1&cdb=AQAQ&rn={rnd}' },
  { kind: 'img', url: 'https://ct.pinterest.com/v3/?event={ev}&tid=2612345678901&pd=%7B%22np%22%3A%22gtm%22%7D&cb={ts}&ad=%7B%22loc%22%3A%22{page}%22%2C%22ref%22%3A%22{ref}%22%2C%22if%22%3Afalse%2C%22sh%22%3A1080%2C%22sw%22%3A1920%2C%22mh%22%3A%2212ab34cd%22%2C%22is_eu%22%3Atrue%7D&dep=2%2CPAGE_LOAD' },
  { kind: 'beacon', url: 'https://tr.snapchat.com/p', body: 'pid=1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d&ev={ev}&pl={page}&ts={ts}&rf={ref}&v=1.0&d_a=&d_os=linux&u_c1=1a2b3c4d{rnd}&u_sig=&e_desc=&bt=__LIVE__&m_sl={i}&m_rd=1&m_pi={i}&m_pl={i}&m_ic=0&m_pv=1' },
  { kind: 'img', url: 'https://analytics.twitter.com/i/adsct?bci=3&dv=Europe%2FAmsterdam%26nl-NL%26Google%20Inc.%26Linux%20x86_64%26255%261920%261080%2624%2624%261920%261080%260%26na&eci=2&event_id=0d1e2f3a-{rnd}&events=%5B%5B%22{ev}%22%2C%7B%7D%5D%5D&integration=advertiser&p_id=Twitter&p_user_id=0&pl_id=7e8f9a0b-{rnd}&tw_document_href={page}&tw_iframe_status=0&txn_id=o1ab2&type=javascript&version=2.3.31' },
  { kind: 'img', url: 'https://t.co/i/adsct?bci=3&eci=2&event_id=0d1e2f3a-{rnd}&events=%5B%5B%22{ev}%22%2C%7B%7D%5D%5D&integration=advertiser&p_id=Twitter&p_user_id=0&pl_id=7e8f9a0b-{rnd}&tw_document_href={page}&tw_iframe_status=0&txn_id=o1ab2&type=javascript&version=2.3.31' },
  { kind: 'fetch', url: 'https://y.clarity.ms/collect', body: '{"e":{"v":"0.7.49","t":{i},"n":0,"p":"vz7k2m9qab","u":"1a2b{rnd}","s":"{sec}","pn":{i},"url":"{page}"},"a":[[{ts},1,["{ev}",{i}]],[{ts},7,[{rnd}]]],"p":[]}' },
  { kind: 'img', url: 'https://sb.scorecardresearch.com/p?c1=2&c2=12345678&cs_ucfr=1&ns_ap_sv=2.1&cv=4.4.0&c7={page}&c8={title}&c9={ref}&rn={rnd}&cs_fpid={sec}&cs_fpit=o&cs_fpdm=1234567&cs_fpdt=01' },
  { kind: 'img', url: 'https://ib.adnxs.com/px?id=1234567&seg=12345678&t=2&ev={ev}&r={rnd}' },
  { kind: 'img', url: 'https://insight.adsrvr.org/track/up?adv=abcd123&ref={page}&upid=efg456&upv=1.1.0&paapi=1&ev={ev}&r={rnd}' },
  { kind: 'img', url: 'https://alb.reddit.com/rp.gif?ts={ts}&id=t2_abc123de&event={ev}&m.itemCount=&m.value=&m.currency=&m.transactionId=&m.customEventName=&m.products=&uuid=1a2b3c4d-{rnd}&aaid=&em=&external_id=&idfa=&integration=reddit&opt_out=0&sh=1080&sw=1920&v=rdt_4f3e2d1c&dpm=&dpcc=&dprc=' },
  { kind: 'img', url: 'https://track.adform.net/Serving/TrackPoint/?pm=1234567&ADFPageName={title}&ADFdivider=%7C&ord={rnd}&Set1=nl-NL%7Cnl-NL%7C1920x1080%7C24&ADFtpmode=2&loc={page}&CREFURL={ref}' },
];

/** Event names the page cycles through, as analytics tags do over a visit. */
export const EVENT_NAMES = ['PageView', 'page_view', 'ViewContent', 'scroll', 'user_engagement', 'view_item', 'pageLoad', 'Lead'];

/** The share of a page's tracker requests that are loaders (the rest are events), while loaders last. */
const LOADER_SHARE = 0.3;

/** The n tracker requests of one page load, in the order the page sends them. */
export function trackerPlan(n: number): TrackerShape[] {
  const loaders = Math.min(LOADERS.length, Math.max(n > 0 ? 1 : 0, Math.round(n * LOADER_SHARE)));
  // Loaders are spread over the first part of the plan (the first third, or all of it), events in between.
  const window = Math.max(1, Math.min(n, loaders * 3));
  const plan: TrackerShape[] = [];
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (used < loaders && Math.floor((i * loaders) / window) >= used) plan.push(LOADERS[used++]!);
    else plan.push(EVENTS[(i - used) % EVENTS.length]!);
  }
  return plan;
}

/** The distinct host names of a plan. */
export function hostsOf(plan: readonly TrackerShape[]): string[] {
  return [...new Set(plan.map((s) => new URL(s.url.replace(/\{[a-z]+\}/g, '0')).hostname))];
}

/** Every tracker host the benchmark may send to (what the browser maps to 127.0.0.1). */
export const ALL_TRACKER_HOSTS: readonly string[] = hostsOf([...LOADERS, ...EVENTS]);
