/**
 * `npm run dev` (vite dev) on a course, for the browser tests: started on a free port with
 * READBACK_QUESTIONS_DIR and READBACK_COURSE set; resolves with its URL once Vite prints it.
 * The output is kept, for a failing test to show.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/load-course';

export interface DevServer {
	url: string;
	/** Everything the server printed so far (colours removed). */
	output: () => string;
	close: () => void;
}

// eslint-disable-next-line no-control-regex
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

export function startDev(questionsDir: string, course: string): Promise<DevServer> {
	const dev = spawn(
		process.execPath,
		[
			path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
			'dev',
			'--port',
			'0',
			'--strictPort',
			'false'
		],
		{
			cwd: ROOT,
			env: {
				...process.env,
				VITEST: '',
				READBACK_QUESTIONS_DIR: questionsDir,
				READBACK_COURSE: course
			},
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	let out = '';
	return new Promise<DevServer>((resolve, reject) => {
		const timer = setTimeout(() => {
			dev.kill();
			reject(new Error(`vite dev did not start:\n${out}`));
		}, 60_000);
		const read = (chunk: Buffer) => {
			out += plain(chunk.toString());
			const match = /Local:\s+(http:\/\/\S+)/.exec(out);
			if (match) {
				clearTimeout(timer);
				resolve({ url: match[1]!, output: () => out, close: () => dev.kill() });
			}
		};
		dev.stdout!.on('data', read);
		dev.stderr!.on('data', read);
		dev.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`vite dev exited (${code}):\n${out}`));
		});
	});
}
