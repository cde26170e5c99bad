/**
 * The packaged lesson's entry (vite.app.config.ts): the lesson component mounted straight into
 * the page, without SvelteKit's client router. A package is one screen inside an LMS frame; the
 * router's start-up (its navigation, focus and scroll restoration, session storage) cost the first
 * screen about 30 ms of the main thread before the Start button worked (docs/performance.md).
 * `npm run dev` still serves the same component through SvelteKit (src/routes/+page.svelte).
 *
 * The page arrives with the first visit's start screen as static markup (src/start-markup.ts),
 * hidden, its buttons disabled. In a task of its own at the browser's highest task priority
 * ("user-blocking", where the Prioritized Task Scheduling API exists; else in this script's task),
 * this sets the session up (tab guard, LMS, engine: src/lib/session/launch.svelte.ts). When the
 * launch is a first visit, the static screen is the right one: it is shown with working buttons
 * (the first paint has them), and the lesson (Svelte's first render, the larger part of the
 * start) takes the screen over after the first paint, or at the first click, which it then
 * replays on its own button. Any
 * other launch (a returning learner, browse or review mode, a notice, another tab, a lower SCORM
 * 1.2 cap) mounts the lesson at once, in the same task, so no wrong screen is ever painted.
 * Measured: docs/performance.md, 2026-12-01.
 */
import { flushSync, mount } from 'svelte';
import source from 'virtual:readback/course';
import './app.css';
import { openCourse } from '$lib/content/open';
import { Launch } from '$lib/session/launch.svelte';
import { afterPaint } from '$lib/tracking/connect';
import Lesson from './routes/Lesson.svelte';

interface TaskScheduler {
	postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<void>;
}

const root = document.querySelector<HTMLElement>('.app-root');
if (!root) throw new Error('The page has no .app-root element to hold the lesson.');
const staticStart = root.querySelector<HTMLElement>(':scope > main') ?? undefined;

const start = () => {
	const opened = openCourse(source);
	// Asked for before the session exists, so that it comes before the tracker's first deferred
	// send: the lesson's saving status is on screen, empty, when that send fails, and its
	// "retrying" is announced.
	let firstVisit = false;
	afterPaint(window)(() => firstVisit && later());
	const launch = new Launch(opened.course, window);
	const buttons = staticStart ? [...staticStart.querySelectorAll('button')] : [];
	let mounted = false;
	/** The static buttons' listeners on the window, removed once the lesson has the screen. */
	const listening = new AbortController();
	/** Mounts the lesson in place of the static screen (same elements, the article moved over). */
	const takeOver = (): HTMLButtonElement[] => {
		if (mounted) return [];
		mounted = true;
		listening.abort();
		const focused = buttons.indexOf(document.activeElement as HTMLButtonElement);
		mount(Lesson, { target: root, props: { opened, launch, staticStart } });
		flushSync();
		const own = [
			...([...root.querySelectorAll(':scope > main')]
				.find((main) => main !== staticStart)
				?.querySelectorAll('button') ?? [])
		];
		// Focus moves to the lesson's button before the static one goes, never through <body>.
		if (focused !== -1) own[focused]?.focus();
		staticStart?.remove();
		return own;
	};
	const cap = Number(staticStart?.dataset.firstVisitCap);
	if (!staticStart || !launch.showsFirstVisit(opened.course, cap)) {
		takeOver();
		return;
	}
	firstVisit = true;
	// A press on a static button that is still down (pointer or key) keeps the take-over waiting:
	// removing the button under it would lose the click. The click mounts the lesson itself.
	let pressed = false;
	const later = () => {
		if (!pressed) takeOver();
	};
	const release = () => {
		if (!pressed) return;
		pressed = false;
		afterPaint(window)(later);
	};
	for (const type of ['pointerup', 'pointercancel', 'keyup', 'blur'])
		window.addEventListener(type, release, { capture: true, signal: listening.signal });
	staticStart.hidden = false;
	buttons.forEach((button, index) => {
		button.disabled = false;
		button.addEventListener('pointerdown', () => (pressed = true));
		button.addEventListener('keydown', (event) => {
			if (event.key === ' ' || event.key === 'Enter') pressed = true;
		});
		button.addEventListener('click', () => takeOver()[index]?.click(), { once: true });
	});
};
const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
if (typeof scheduler?.postTask === 'function')
	// A failure is reported as the uncaught error it would have been, not as a rejected promise.
	scheduler.postTask(start, { priority: 'user-blocking' }).catch((error: unknown) => {
		globalThis.reportError(error);
	});
else start();
