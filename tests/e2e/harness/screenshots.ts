import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Screenshots go to a git-ignored folder; look at them after a run. */
export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../screenshots');
mkdirSync(SCREENSHOT_DIR, { recursive: true });

export const screenshotPath = (name: string) => resolve(SCREENSHOT_DIR, `${name}.png`);
