/**
 * The packaged lesson's entry (vite.app.config.ts): the lesson component mounted straight into
 * the page, without SvelteKit's client router. A package is one screen inside an LMS frame; the
 * router's start-up (its navigation, focus and scroll restoration, session storage) cost the first
 * screen about 30 ms of the main thread before the Start button worked (docs/performance.md).
 * `npm run dev` still serves the same component through SvelteKit (src/routes/+page.svelte).
 *
 * The mount runs in a task of its own at the browser's highest task priority ("user-blocking",
 * where the Prioritized Task Scheduling API exists): parsing, compiling and starting this script
 * is one task, the first render and the session's set-up another, and no other work of the page
 * or the LMS's frame comes between them. The longest task at load halved (4× CPU throttling:
 * 319 → 148 ms) and Start was no later. A plain task (a message to itself) let the frame's load
 * event and the player's handlers go first and made Start about 20 ms later; without the
 * scheduler the mount stays in this task (docs/performance.md, 2026-12-01).
 */
import { mount } from 'svelte';
import './app.css';
import Lesson from './routes/Lesson.svelte';

interface TaskScheduler {
	postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

const root = document.querySelector('.app-root');
if (!root) throw new Error('The page has no .app-root element to hold the lesson.');
const start = () => {
	mount(Lesson, { target: root });
};
const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
if (typeof scheduler?.postTask === 'function')
	// A failure is reported as the uncaught error it would have been, not as a rejected promise.
	scheduler.postTask(start, { priority: 'user-blocking' }).catch((error: unknown) => {
		globalThis.reportError(error);
	});
else start();
