/**
 * Finds the LMS's SCORM API object: up the parent frames, then through the opener chain
 * (Moodle's "new window" display), bounded, with every step guarded: reading a property of a
 * cross-origin window throws.
 */

export type ApiName = 'API' | 'API_1484_11';

/** How many frames up each chain is searched (LMS players nest a few frames at most). */
export const MAX_FRAME_DEPTH = 10;

type Win = Window | null | undefined;

function read<T>(fn: () => T): T | undefined {
	try {
		return fn();
	} catch {
		return undefined;
	}
}

function searchUp(start: Win, name: ApiName): unknown {
	let win: Win = start;
	for (let depth = 0; win && depth <= MAX_FRAME_DEPTH; depth++) {
		const current: Window = win;
		const api = read(() => (current as unknown as Record<string, unknown>)[name]);
		if (api && typeof api === 'object') return api;
		const parent = read(() => current.parent);
		if (!parent || parent === current) return undefined;
		win = parent;
	}
	return undefined;
}

export function findApi<T>(win: Window, name: ApiName): T | undefined {
	const found =
		searchUp(win, name) ??
		searchUp(
			read(() => win.opener as Window | null),
			name
		) ??
		searchUp(
			read(() => win.top?.opener as Window | null),
			name
		);
	return found as T | undefined;
}
