/**
 * Picks the tracker for this launch: SCORM 2004 when the LMS offers API_1484_11, else SCORM
 * 1.2 (API), else standalone. The same package runs under either standard.
 */
import { ScormTracker } from './drivers/scorm';
import { StandaloneTracker } from './drivers/standalone';
import { findApi } from './find-api';
import { connection12, connection2004, type Scorm12Api, type Scorm2004Api } from './lms';
import type { KeyValueStore } from './store';
import type { Tracker } from './types';
import { scorm12, scorm2004 } from './versions';

export interface ConnectOptions {
	courseId: string;
	store: KeyValueStore;
	now?: () => number;
}

export function connectTracker(
	win: Window,
	{ courseId, store, now = Date.now }: ConnectOptions
): Tracker {
	const api2004 = findApi<Scorm2004Api>(win, 'API_1484_11');
	if (api2004 && typeof api2004.Initialize === 'function')
		return new ScormTracker({
			connection: connection2004(api2004),
			version: scorm2004,
			now,
			store,
			courseId
		});
	const api12 = findApi<Scorm12Api>(win, 'API');
	if (api12 && typeof api12.LMSInitialize === 'function')
		return new ScormTracker({
			connection: connection12(api12),
			version: scorm12,
			now,
			store,
			courseId
		});
	return new StandaloneTracker({ store, courseId });
}
