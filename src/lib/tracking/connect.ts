/**
 * Picks the tracker for this launch: SCORM 2004 when the LMS offers API_1484_11, else SCORM
 * 1.2 (API), else standalone. The same package runs under either standard.
 */
import { ScormTracker, type ScormTrackerOptions } from './drivers/scorm';
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

/**
 * The LMS's own record of the activity, where the content's address shows one. Moodle serves
 * a package from /pluginfile.php/<context id>/mod_scorm/content/<revision>/: the context id
 * names the activity (a copy of the course gets new ones); the revision changes when the
 * package is replaced, so it is left out. Other LMSs: none (the attempt token still tells
 * attempts apart).
 */
export function lmsRecord(pathname: string): string | undefined {
	const moodle = /\/pluginfile\.php\/(\d+)\/mod_scorm\/content\//.exec(pathname);
	return moodle ? `moodle-${moodle[1]}` : undefined;
}

/** How long a deferred send waits for a frame before it runs anyway (hidden pages draw none). */
const PAINT_TIMEOUT_MS = 500;

/**
 * Runs `run` in a task after the next paint: the animation frame comes just before the screen
 * is drawn, and a task queued from it runs after. A hidden page draws nothing: a timer runs it.
 */
export function afterPaint(win: Window): (run: () => void) => void {
	return (run) => {
		let done = false;
		const once = () => {
			if (done) return;
			done = true;
			run();
		};
		if (
			win.document.visibilityState !== 'hidden' &&
			typeof win.requestAnimationFrame === 'function'
		)
			win.requestAnimationFrame(() => win.setTimeout(once, 0));
		win.setTimeout(once, win.document.visibilityState === 'hidden' ? 0 : PAINT_TIMEOUT_MS);
	};
}

/**
 * Connects to the LMS and hands over the tracker: at once, or after Initialize has been
 * retried (an LMS still loading its session); without an LMS, at once in standalone mode.
 */
export function connectTracker(
	win: Window,
	{ courseId, store, now = Date.now }: ConnectOptions,
	ready: (tracker: Tracker) => void
): void {
	const common: Omit<ScormTrackerOptions, 'connection' | 'version'> = {
		now,
		store,
		courseId,
		record: lmsRecord(readPath(win)),
		schedule: (run, ms) => void win.setTimeout(run, ms),
		defer: afterPaint(win)
	};
	const lms = findLms(win);
	if (lms.standard === 'scorm2004')
		return ScormTracker.open(
			{ ...common, connection: connection2004(lms.api), version: scorm2004 },
			ready
		);
	if (lms.standard === 'scorm12')
		return ScormTracker.open(
			{ ...common, connection: connection12(lms.api), version: scorm12 },
			ready
		);
	ready(new StandaloneTracker({ store, courseId }));
}

type FoundLms =
	| { standard: 'scorm2004'; api: Scorm2004Api }
	| { standard: 'scorm12'; api: Scorm12Api }
	| { standard: 'standalone' };

/** SCORM 2004 when the LMS offers API_1484_11, else SCORM 1.2 (API), else none. */
function findLms(win: Window): FoundLms {
	const api2004 = findApi<Scorm2004Api>(win, 'API_1484_11');
	if (api2004 && typeof api2004.Initialize === 'function')
		return { standard: 'scorm2004', api: api2004 };
	const api12 = findApi<Scorm12Api>(win, 'API');
	if (api12 && typeof api12.LMSInitialize === 'function')
		return { standard: 'scorm12', api: api12 };
	return { standard: 'standalone' };
}

/**
 * The standard this launch will run under (the search connectTracker makes), without touching
 * the LMS: the start screen shows the lesson's question cap before the session is set up.
 */
export function lmsStandard(win: Window): Tracker['kind'] {
	return findLms(win).standard;
}

function readPath(win: Window): string {
	try {
		return win.location.pathname;
	} catch {
		return '';
	}
}
