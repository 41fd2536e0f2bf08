// Code passed to worker.evaluate / page.evaluate runs inside the extension,
// where these globals exist; the test process only needs to type-check it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const chrome: any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const browser: any;
