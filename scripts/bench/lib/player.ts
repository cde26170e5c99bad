/**
 * An LMS-like server for the load benchmark, after test/lib/lms-server.ts: each content (a
 * package unzipped, or a plain page) lives under its own deep pluginfile.php path, and the
 * player page `PLAYER_PATH?c=<key>` hosts it in `iframe#scorm_object` with scorm-again's API
 * (Scorm12API as `window.API`, or Scorm2004API as `window.API_1484_11`). Every response is
 * `no-store`. The player page is the same for every content but for the iframe's src.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEFAULT_PRELOAD, PACKAGE_PATH, PLAYER_PATH } from '../../../test/lib/lms-server';
import type { Article } from '../../../src/lib/content/schema';
import { ROOT, type ScormVersion } from './dist';

const SCORM_AGAIN_PATH = '/lms/scorm-again.min.js';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.css': 'text/css'
};

/** What scorm-again's Scorm2004API is given before launch (same learner as DEFAULT_PRELOAD). */
const PRELOAD_2004 = {
	learner_id: 'jd',
	learner_name: 'Doe, Jane',
	entry: 'ab-initio',
	mode: 'normal',
	credit: 'credit'
};

export interface Content {
	key: string;
	files: Record<string, Uint8Array>;
	/** The file the iframe opens, relative to the content's folder. */
	launch: string;
	scorm: ScormVersion;
	/**
	 * The passing score the package's manifest declares (0-100), which the player gives the
	 * content as an LMS does (Moodle: `cmi.student_data.mastery_score` from `adlcp:masteryscore`,
	 * `cmi.scaled_passing_score` from `imsss:minNormalizedMeasure`). Absent: the test LMS's preload.
	 */
	masteryScore?: number;
}

/**
 * For loads driven without the DevTools protocol (bench:load's default): a script put first in
 * the head of every HTML page served (the player's and the content's), where it runs before any
 * of the page's own scripts and before the content's Content-Security-Policy `<meta>`, which
 * applies only to what follows it; and where its reports arrive (`POST /bench-report?run=…`).
 */
export interface PlayerOptions {
	inject?: string;
	onReport?: (run: string, body: string) => void;
}

export const REPORT_PATH = '/bench-report';
/**
 * A blank page that opens `?next=` after `?wait=` ms: a browser started for one load shows it
 * first, so that the measured load starts in a browser that is up, from a page of another site
 * (a renderer process of its own, as a new tab from an LMS's course page would get).
 */
export const INTERLUDE_PATH = '/bench-interlude';

/** The HTML with `script` as the first element of its head. */
export function withHeadScript(html: string, script: string): string {
	const head = /<head(\s[^>]*)?>/i.exec(html);
	if (!head) throw new Error('The page has no <head> to put the benchmark script in.');
	const at = head.index + head[0].length;
	return `${html.slice(0, at)}<script>${script}</script>${html.slice(at)}`;
}

export interface Player {
	origin: string;
	url: (key: string) => string;
	close: () => Promise<void>;
}

function contentPath(index: number): string {
	// PACKAGE_PATH ends in …/content/1/: each content gets its own number.
	return PACKAGE_PATH.replace(/\d+\/$/, `${index + 1}/`);
}

function playerPage(src: string, scorm: ScormVersion, masteryScore?: number): string {
	const preload12 =
		masteryScore === undefined
			? DEFAULT_PRELOAD
			: { ...DEFAULT_PRELOAD, student_data: { mastery_score: String(masteryScore) } };
	const preload2004 =
		masteryScore === undefined
			? PRELOAD_2004
			: { ...PRELOAD_2004, scaled_passing_score: String(masteryScore / 100) };
	const api =
		scorm === '2004'
			? `const api = new Scorm2004API({ logLevel: 5, autocommit: false });
try { api.loadFromJSON(${JSON.stringify(preload2004)}); } catch (e) { console.warn(e); }
window.API_1484_11 = api;`
			: `const api = new Scorm12API({ logLevel: 5, autocommit: false });
api.loadFromJSON(${JSON.stringify(preload12)});
window.API = api;`;
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>LMS player</title><link rel="icon" href="data:,">
<script src="${SCORM_AGAIN_PATH}"></script>
<script>
${api}
</script></head>
<body><iframe id="scorm_object" title="Lesson" src="${src}" style="width:100%;height:95vh;border:0"></iframe></body></html>`;
}

const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A static page with the article's title and paragraphs: no script, no stylesheet. */
/** The passing score (0-100) a package's manifest declares, as an LMS reads it; else undefined. */
export function manifestMasteryScore(manifest: string | undefined): number | undefined {
	const score12 = /<adlcp:masteryscore>\s*(\d+(?:\.\d+)?)\s*</i.exec(manifest ?? '');
	if (score12) return Number(score12[1]);
	const measure = /<imsss:minNormalizedMeasure>\s*(\d+(?:\.\d+)?)\s*</i.exec(manifest ?? '');
	return measure ? Math.round(Number(measure[1]) * 100) : undefined;
}

export function plainArticlePage(article: Article): string {
	const paragraphs = article.passages.map((p) => `<p>${escapeHtml(p.text)}</p>`).join('\n');
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(article.title)}</title>
<link rel="icon" href="data:,">
</head>
<body>
<main>
<h1>${escapeHtml(article.title)}</h1>
${paragraphs}
</main>
</body>
</html>
`;
}

export async function startPlayer(
	contents: readonly Content[],
	{ inject, onReport }: PlayerOptions = {}
): Promise<Player> {
	const scormAgain = readFileSync(
		path.join(ROOT, 'node_modules/scorm-again/dist/scorm-again.min.js')
	);
	const byKey = new Map(contents.map((c, i) => [c.key, { content: c, base: contentPath(i) }]));
	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const send = (status: number, type: string, body: string | Uint8Array, measured = true) => {
			if (inject && measured && type === TYPES['.html'])
				body = withHeadScript(
					typeof body === 'string' ? body : new TextDecoder().decode(body),
					inject
				);
			res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
			res.end(body);
		};
		if (url.pathname === INTERLUDE_PATH) {
			const next = JSON.stringify(url.searchParams.get('next') ?? '');
			const wait = Number(url.searchParams.get('wait') ?? 0);
			return send(
				200,
				TYPES['.html']!,
				`<!doctype html><title>Next load</title><script>setTimeout(() => location.replace(${next}), ${wait});</script>`,
				false
			);
		}
		if (url.pathname === REPORT_PATH && req.method === 'POST') {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				res.writeHead(204).end();
				onReport?.(url.searchParams.get('run') ?? '', Buffer.concat(chunks).toString('utf8'));
			});
			return;
		}
		if (url.pathname === PLAYER_PATH) {
			const entry = byKey.get(url.searchParams.get('c') ?? '');
			if (!entry) return send(404, 'text/plain', 'no such content');
			return send(
				200,
				TYPES['.html']!,
				playerPage(
					`${entry.base}${entry.content.launch}`,
					entry.content.scorm,
					entry.content.masteryScore
				)
			);
		}
		if (url.pathname === SCORM_AGAIN_PATH) return send(200, TYPES['.js']!, scormAgain);
		for (const { content, base } of byKey.values()) {
			if (!url.pathname.startsWith(base)) continue;
			const name = decodeURIComponent(url.pathname.slice(base.length));
			const file = content.files[name];
			if (file) return send(200, TYPES[path.extname(name)] ?? 'application/octet-stream', file);
		}
		send(404, 'text/plain', 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		url: (key) => `${origin}${PLAYER_PATH}?c=${encodeURIComponent(key)}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
