// The first thing the user did on the page. Only trusted events count (a page can
// dispatch synthetic ones); capture phase so page handlers cannot hide it; passive so
// scrolling and typing are never delayed.

import type { InteractionKind } from '../../core/consent/types';
import { now } from './clock';

const EVENTS: ReadonlyArray<readonly [string, InteractionKind]> = [
  ['pointerdown', 'pointer'],
  ['keydown', 'key'],
  ['touchstart', 'touch'],
];

export function watchFirstInteraction(target: EventTarget, onFirst: (t: number, kind: InteractionKind) => void): () => void {
  const options = { capture: true, passive: true } as const;
  const handlers = EVENTS.map(([type, kind]) => {
    const handler = (event: Event) => {
      if (!event.isTrusted) return;
      stop();
      onFirst(now(), kind);
    };
    return [type, handler] as const;
  });
  function stop() {
    for (const [type, handler] of handlers) target.removeEventListener(type, handler, options);
  }
  for (const [type, handler] of handlers) target.addEventListener(type, handler, options);
  return stop;
}
