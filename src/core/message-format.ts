// chrome.i18n's message format, for messages Pixelwacht reads itself (the
// language chosen in Settings, which the browser's i18n API cannot switch to):
// `$1`…`$9` are substitutions, `$$` is a dollar sign. No browser APIs: tested in Node.
export type Messages = Record<string, { message: string }>;

export function formatMessage(template: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return template.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

export function lookupIn(messages: Messages): (key: string, substitutions?: string | string[]) => string {
  return (key, substitutions) => {
    const entry = messages[key];
    return entry ? formatMessage(entry.message, substitutions) : key;
  };
}
