/**
 * The preview server: the packages of a dist folder served under Moodle-like deep paths, and a
 * player page that hosts the lesson with scorm-again's API, logging every call. Local only:
 * it listens on 127.0.0.1 and the page requests nothing from elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { findPackages, type PackageInfo } from './packages';
import { renderPage, type PreviewConfig } from './page';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCORM_AGAIN_DIR = path.join(ROOT, 'node_modules', 'scorm-again', 'dist');
export const SCORM_AGAIN_PATH = '/preview/scorm-again.min.js';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.htm': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.map': 'application/json',
	'.xml': 'application/xml',
	'.xsd': 'application/xml',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.txt': 'text/plain; charset=utf-8'
};

export interface PreviewOptions {
	/** The folder holding `<course>-scorm12.zip` / `<course>-scorm2004.zip`. */
	distDir: string;
	/** 0 picks a free port. */
	port: number;
	/** The course selected when the page opens (default: the first one found). */
	course?: string;
}

export interface Preview {
	/** The preview page. */
	url: string;
	close: () => Promise<void>;
}

export function previewConfig(packages: PackageInfo[], course?: string): PreviewConfig {
	const courses: PreviewConfig['courses'] = [];
	for (const p of packages) {
		let entry = courses.find((c) => c.id === p.course);
		if (!entry)
			courses.push((entry = { id: p.course, title: p.title, theme: p.theme, packages: {} }));
		entry.packages[p.standard] = {
			url: `${p.base}${p.launch.split('/').map(encodeURIComponent).join('/')}`,
			zip: path.basename(p.zipPath),
			title: p.title,
			schemaVersion: p.schemaVersion,
			passingScore: p.passingScore,
			warnings: p.warnings
		};
	}
	const initial = courses.find((c) => c.id === course) ?? courses[0];
	return { courses, initialCourse: initial?.id ?? '', scormAgain: SCORM_AGAIN_PATH };
}

function handler(options: PreviewOptions, origins: () => string[]) {
	return (req: IncomingMessage, res: ServerResponse) => {
		const send = (status: number, type: string, body: string | Uint8Array) => {
			res.writeHead(status, {
				'content-type': type,
				'cache-control': 'no-store',
				'x-content-type-options': 'nosniff'
			});
			res.end(req.method === 'HEAD' ? undefined : body);
		};
		// Only this machine's browser, by name: guards against DNS rebinding.
		if (!origins().includes(`http://${req.headers.host ?? ''}`))
			return send(421, 'text/plain', 'Unexpected host');
		if (req.method !== 'GET' && req.method !== 'HEAD')
			return send(405, 'text/plain', 'Method not allowed');
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		if (url.pathname === '/' || url.pathname === '/index.html') {
			const config = previewConfig(findPackages(options.distDir), options.course);
			return send(200, TYPES['.html']!, renderPage(config));
		}
		if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
		if (url.pathname.startsWith('/preview/')) {
			const name = path.basename(url.pathname);
			const file = path.join(SCORM_AGAIN_DIR, name);
			if (/^scorm-again\.min\.js(\.map)?$/.test(name) && existsSync(file))
				return send(200, TYPES[path.extname(name)]!, readFileSync(file));
		}
		for (const p of findPackages(options.distDir)) {
			if (!url.pathname.startsWith(p.base)) continue;
			let name: string;
			try {
				name = decodeURIComponent(url.pathname.slice(p.base.length)) || p.launch;
			} catch {
				break;
			}
			const file = p.files[name];
			if (file)
				return send(
					200,
					TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream',
					file
				);
		}
		send(404, 'text/plain; charset=utf-8', `Not found: ${url.pathname}`);
	};
}

/** Starts the preview on 127.0.0.1; resolves once it listens. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
	let port = options.port;
	const origins = () => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
	const server = createServer(handler(options, origins));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	port = (server.address() as AddressInfo).port;
	const query = options.course ? `?course=${encodeURIComponent(options.course)}` : '';
	return {
		url: `http://127.0.0.1:${port}/${query}`,
		close: () =>
			new Promise((resolve, reject) => {
				server.close((error) => (error ? reject(error) : resolve()));
				server.closeAllConnections();
			})
	};
}
