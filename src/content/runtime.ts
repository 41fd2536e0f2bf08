// The one runtime call the content script needs, without pulling the whole
// webextension-polyfill into every page: Firefox has `browser`, Chrome `chrome`
// (whose sendMessage returns a promise in MV3).
interface MinimalRuntime {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

const api = ((globalThis as { browser?: MinimalRuntime }).browser ?? (globalThis as { chrome?: MinimalRuntime }).chrome)!;

/** Sends data to the background; the content script never waits for an answer. */
export function sendToBackground(name: string, payload: unknown): void {
  try {
    api.runtime.sendMessage({ name, payload }).catch(() => {
      // The extension was reloaded or the worker is starting: nothing to do here.
    });
  } catch {
    // Context invalidated (extension updated): stay silent on the page.
  }
}
