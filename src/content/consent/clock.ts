// Epoch milliseconds on the page's clock; see src/core/consent/types.ts for how this
// lines up with webRequest's timeStamp and the margin allowed for the difference.
export function now(): number {
  return performance.timeOrigin + performance.now();
}
