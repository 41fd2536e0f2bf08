// CMPs that autoconsent handles in code (lib/cmps/*.ts) rather than in rules.json,
// so there is nothing to derive: the selectors below are taken from those classes
// (autoconsent 16.23.0, MPL-2.0, Copyright (c) DuckDuckGo, Inc. and contributors)
// and from the CMPs' public markup. Keep them in step when autoconsent changes.

import type { CmpRule } from '../../src/core/consent/cmp-rule-types';

const base = { main: true, frame: false } as const;

export const SUPPLEMENT_RULES: readonly CmpRule[] = [
  {
    ...base,
    cmp: 'Cookiebot',
    source: 'autoconsent lib/cmps/cookiebot.ts',
    detect: ['#CybotCookiebotDialog,#CybotCookiebotDialogBodyUnderlay,script#Cookiebot,script[src*="consent.cookiebot.com"]'],
    popup: ['#CybotCookiebotDialog'],
    optIn: ['#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll', '#CybotCookiebotDialogBodyButtonAccept'],
    optOut: ['#CybotCookiebotDialogBodyButtonDecline', '#CybotCookiebotDialogBodyLevelButtonLevelOptinDeclineAll'],
    save: ['#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection', '#CybotCookiebotDialogBodyLevelButtonAccept'],
  },
  {
    ...base,
    cmp: 'OneTrust',
    source: 'autoconsent lib/cmps/onetrust.ts',
    detect: ['#onetrust-banner-sdk,#onetrust-pc-sdk,#onetrust-consent-sdk'],
    popup: ['#onetrust-banner-sdk', '#onetrust-pc-sdk'],
    optIn: ['#onetrust-accept-btn-handler', '#accept-recommended-btn-handler'],
    optOut: ['#onetrust-reject-all-handler', '.ot-pc-refuse-all-handler', '.js-reject-cookies'],
    save: ['.save-preference-btn-handler', '.js-consent-save'],
  },
  {
    ...base,
    cmp: 'TrustArc',
    source: 'autoconsent lib/cmps/trustarc-top.ts',
    detect: ['#truste-show-consent,#truste-consent-track'],
    popup: ['#truste-consent-content', '#trustarc-banner-overlay', '#truste-consent-track'],
    optIn: ['#truste-consent-button'],
    optOut: ['#truste-consent-required'],
    save: [],
  },
  {
    // Sourcepoint's message is an iframe; the page only holds its container...
    ...base,
    cmp: 'Sourcepoint',
    source: 'autoconsent lib/cmps/sourcepoint-frame.ts',
    detect: ["div[id^='sp_message_container_']"],
    popup: ["div[id^='sp_message_container_']"],
    optIn: [],
    optOut: [],
    save: [],
  },
  {
    // ...and the buttons live in that frame (any host: Sourcepoint serves it under customers' names).
    ...base,
    cmp: 'Sourcepoint',
    source: 'autoconsent lib/cmps/sourcepoint-frame.ts',
    main: false,
    frame: true,
    urlPattern: '[?&](message_id|requestUUID|consentUUID)=',
    detect: ['.sp_choice_type_11,.sp_choice_type_12,.sp_choice_type_13,.sp_choice_type_ACCEPT_ALL,.sp_choice_type_SAVE_AND_EXIT'],
    popup: ['.message-container,.message,#notice,body'],
    optIn: ['.sp_choice_type_11', '.sp_choice_type_ACCEPT_ALL'],
    optOut: ['.sp_choice_type_13', '.sp_choice_type_REJECT_ALL'],
    save: ['.sp_choice_type_SAVE_AND_EXIT', '.priv-save-btn'],
  },
  {
    ...base,
    cmp: 'consentmanager',
    source: 'autoconsent lib/cmps/consentmanager.ts',
    detect: ['#cmpbox,#cmpbox2'],
    popup: ['#cmpbox', '#cmpbox2'],
    optIn: ['.cmpboxbtnyes'],
    optOut: ['.cmpboxbtnno'],
    save: ['.cmpboxbtnsave'],
  },
  {
    // usercentrics-api opts in through its JS API only; the button itself is in the shadow root.
    ...base,
    cmp: 'Usercentrics',
    source: 'pixelwacht',
    detect: ['#usercentrics-root'],
    popup: [['#usercentrics-root', '[data-testid=uc-container]']],
    optIn: [['#usercentrics-root', '[data-testid=uc-accept-all-button]']],
    optOut: [['#usercentrics-root', '[data-testid=uc-deny-all-button]']],
    save: [['#usercentrics-root', '[data-testid=uc-save-button]']],
  },
  {
    // tarteaucitron 1.x: autoconsent's rule names `#tarteaucitronCloseAlert` (now the small
    // "Personalize" button) and the old button ids; the bar is #tarteaucitronAlertBig and its
    // buttons carry a "2" (README of tarteaucitron.js, 1.34).
    ...base,
    cmp: 'tarteaucitron',
    source: 'pixelwacht',
    detect: ['#tarteaucitronRoot'],
    popup: ['#tarteaucitronAlertBig'],
    optIn: ['#tarteaucitronPersonalize2', '#tarteaucitronAllAllowed'],
    optOut: ['#tarteaucitronAllDenied2', '#tarteaucitronAllDenied'],
    save: [],
  },
  {
    // Klaro (kiprotect): no autoconsent rule. Notice `.klaro .cookie-notice`, modal `.klaro .cookie-modal`.
    ...base,
    cmp: 'Klaro',
    source: 'pixelwacht',
    detect: ['.klaro'],
    popup: ['.klaro .cookie-notice:not(.cookie-notice-hidden)', '.klaro .cookie-modal'],
    optIn: ['.klaro .cm-btn-success', '.klaro .cm-btn-accept-all'],
    optOut: ['.klaro .cn-decline', '.klaro .cm-btn-decline'],
    save: ['.klaro .cm-btn-accept'],
  },
];
