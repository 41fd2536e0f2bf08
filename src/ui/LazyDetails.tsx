// A <details> whose content is built only once it is opened: a popup with fifty
// trackers should not render fifty tables nobody has asked to see.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function LazyDetails({ class: className, summary, children }: { class: string; summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details class={className} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
