/** Picks the tracker for this launch: SCORM 1.2 when an LMS API is found, else standalone. */
import { Scorm12Tracker, type Scorm12Api } from './drivers/scorm12';
import { StandaloneTracker } from './drivers/standalone';
import { findApi } from './find-api';
import type { Tracker } from './types';

export function connectTracker(win: Window, now: () => number = Date.now): Tracker {
	const api = findApi<Scorm12Api>(win, 'API');
	if (api && typeof api.LMSInitialize === 'function') return new Scorm12Tracker({ api, now });
	return new StandaloneTracker();
}
