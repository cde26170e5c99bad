/**
 * A local stand-in for Moodle: the package unzipped under a deep pluginfile.php path, and a
 * player page that hosts it in `iframe#scorm_object` with scorm-again's Scorm12API as
 * `window.API`, logging every call the content makes.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { unzipSync } from 'fflate';

export const PACKAGE_PATH = '/pluginfile.php/12/mod_scorm/content/1/';
export const PLAYER_PATH = '/mod/scorm/player.php';
const SCORM_AGAIN_PATH = '/lms/scorm-again.min.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	// A course's own files (media/): an image served as anything else is not shown.
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp'
};

export interface LmsLogEntry {
	call: string;
	element?: string;
	value?: string;
	error?: string;
}

/** What the LMS knows of the learner before launch (scorm-again loadFromJSON shape). */
export type Preload = Record<string, unknown>;

export type Standard = '1.2' | '2004';

/** How the player shows the package: in its frame (Moodle's "Current window") or in a popup. */
export type Display = 'frame' | 'popup';

function playerPage(preload: Preload, standard: Standard, display: Display = 'frame'): string {
	const api = standard === '1.2' ? 'Scorm12API' : 'Scorm2004API';
	const global = standard === '1.2' ? 'API' : 'API_1484_11';
	const set = standard === '1.2' ? 'LMSSetValue' : 'SetValue';
	const calls =
		standard === '1.2'
			? "'LMSInitialize', 'LMSCommit', 'LMSFinish'"
			: "'Initialize', 'Commit', 'Terminate'";
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS player</title><link rel="icon" href="data:,">
<script src="${SCORM_AGAIN_PATH}"></script>
<script>
window.lmsLog = [];
const api = new ${api}({ logLevel: 5, autocommit: false });
api.loadFromJSON(${JSON.stringify(preload)});
api.on('${set}.cmi.*', (element, value) => {
	window.lmsLog.push({ call: '${set}', element, value: String(value), error: String(api.lastErrorCode) });
});
for (const call of [${calls}]) api.on(call, () => window.lmsLog.push({ call }));
// What the LMS has stored: the state at the last successful commit.
window.lmsCommitted = null;
for (const call of [${calls}].slice(1)) api.on(call, () => (window.lmsCommitted = api.renderCommitCMI(true)));
// Faults a test can switch on and off: window.lmsFaults.commitFails = true, …
// delayMs: every call takes that long (a slow LMS answering synchronously, as Moodle does);
// refuse: a pattern of elements whose SetValue returns "false"; initializeFails: how many
// more Initialize calls return "false".
window.lmsFaults = { commitFails: false, throws: false, delayMs: 0, refuse: '', initializeFails: 0 };
window.${global} = new Proxy(api, {
	get(target, name) {
		const value = target[name];
		if (typeof value !== 'function') return value;
		return (...args) => {
			const until = performance.now() + window.lmsFaults.delayMs;
			while (performance.now() < until);
			if (window.lmsFaults.throws) throw new Error(name + ': the LMS is unreachable');
			if (/Commit$/.test(String(name)) && window.lmsFaults.commitFails) return 'false';
			if (/Initialize$/.test(String(name)) && window.lmsFaults.initializeFails > 0) {
				window.lmsFaults.initializeFails -= 1;
				return 'false';
			}
			if (/SetValue$/.test(String(name)) && window.lmsFaults.refuse && new RegExp(window.lmsFaults.refuse).test(args[0])) return 'false';
			return value.apply(target, args);
		};
	}
});
</script></head>
<body>${display === 'frame' ? `<iframe id="scorm_object" title="Lesson" src="${PACKAGE_PATH}index.html" style="width:100%;height:95vh;border:0"></iframe>` : '<p>The lesson opens in a new window.</p>'}</body></html>`;
}

export interface LmsServer {
	origin: string;
	playerUrl: (preload?: Preload, display?: Display) => string;
	/** Every path requested, in order. */
	requests: string[];
	close: () => Promise<void>;
}

export const DEFAULT_PRELOAD: Preload = {
	core: {
		credit: 'credit',
		lesson_mode: 'normal',
		entry: 'ab-initio',
		student_name: 'Doe, Jane',
		student_id: 'jd'
	},
	student_data: { mastery_score: '70' }
};

export const DEFAULT_PRELOAD_2004: Preload = {
	learner_id: 'jd',
	learner_name: 'Doe, Jane',
	mode: 'normal',
	credit: 'credit',
	entry: 'ab-initio',
	scaled_passing_score: '0.7'
};

export async function startLms(zipPath: string, standard: Standard = '1.2'): Promise<LmsServer> {
	const defaultPreload = standard === '1.2' ? DEFAULT_PRELOAD : DEFAULT_PRELOAD_2004;
	const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
	const scormAgain = readFileSync(
		path.join(ROOT, 'node_modules/scorm-again/dist/scorm-again.min.js')
	);
	const requests: string[] = [];
	const preloads = new Map<string, Preload>();
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		requests.push(url.pathname);
		const send = (status: number, type: string, body: string | Uint8Array) => {
			res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
			res.end(body);
		};
		if (url.pathname === PLAYER_PATH)
			return send(
				200,
				TYPES['.html']!,
				playerPage(
					preloads.get(url.searchParams.get('launch') ?? '') ?? defaultPreload,
					standard,
					url.searchParams.get('display') === 'popup' ? 'popup' : 'frame'
				)
			);
		if (url.pathname === SCORM_AGAIN_PATH) return send(200, TYPES['.js']!, scormAgain);
		if (url.pathname.startsWith(PACKAGE_PATH)) {
			const name = decodeURIComponent(url.pathname.slice(PACKAGE_PATH.length));
			const file = files[name];
			if (file)
				return send(
					200,
					TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
					file
				);
		}
		send(404, 'text/plain', 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		requests,
		playerUrl: (preload, display = 'frame') => {
			const popup = display === 'popup' ? 'display=popup' : '';
			if (!preload) return `${origin}${PLAYER_PATH}${popup ? `?${popup}` : ''}`;
			const key = String(preloads.size + 1);
			preloads.set(key, preload);
			return `${origin}${PLAYER_PATH}?launch=${key}${popup ? `&${popup}` : ''}`;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
