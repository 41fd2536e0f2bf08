// The popup's one path to its tab's state: it opens a runtime port of this name and
// says which tab it shows; the background answers with the tab's view at once and
// pushes it again whenever that tab's page (or what the view shows about it:
// paused, notices, host access) changes, at most twice a second. Only extension
// pages may open it (the background checks the sender as for every message), and
// what the popup sends is validated here like the message map.
import * as v from 'valibot';
import type { TabView } from './messages';

export const POPUP_TAB_PORT = 'popup:tab';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Popup → background: show me this tab (again after a reconnect). */
export const popupPortRequestSchema = v.strictObject({ type: v.literal('watch'), tabId });
export type PopupPortRequest = v.InferOutput<typeof popupPortRequestSchema>;

/** Background → popup: the tab's view as it is now. */
export interface PopupPortPush {
  type: 'view';
  tabId: number;
  view: TabView;
}

/** A push as the popup receives it: only its shape is checked (the background is trusted). */
export function isPopupPortPush(message: unknown, forTab: number): message is PopupPortPush {
  const m = message as Partial<PopupPortPush> | null;
  return typeof m === 'object' && m !== null && m.type === 'view' && m.tabId === forTab && typeof m.view === 'object' && m.view !== null;
}
