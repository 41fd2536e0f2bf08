// Build-time constants injected by vite.config.ts.
declare const __TRACKERDB_VERSION__: string;
declare const __TARGET__: 'chrome' | 'firefox';
