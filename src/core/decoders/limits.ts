// Bounds on the work one request can cause. The pipeline runs on every request of
// every page, and pages are hostile: a tag can post megabytes or nest JSON 10,000 deep.

/** Body characters parsed by decoders; the rest is ignored and the disclosure marked truncated. */
export const MAX_BODY_CHARS = 64 * 1024;
/** Query-string characters parsed (URLs of several hundred KiB exist). */
export const MAX_QUERY_CHARS = 64 * 1024;
/** Parameters kept per query string, form body or event line. */
export const MAX_PARAMS = 500;
/** Events (lines, batch entries) decoded from one request. */
export const MAX_EVENTS = 50;
/** Depth to which JSON bodies and JSON parameters are flattened. */
export const MAX_JSON_DEPTH = 8;
/** Leaves kept when flattening JSON. */
export const MAX_JSON_LEAVES = 500;
/** Entries kept in a disclosure's customData, and the length of each value. */
export const MAX_CUSTOM_ENTRIES = 40;
export const MAX_VALUE_CHARS = 2048;
/** Body characters the page-address leak finder scans. */
export const MAX_LEAK_SCAN_CHARS = 16 * 1024;
