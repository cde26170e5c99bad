/**
 * The packaged lesson's entry (vite.app.config.ts): the lesson component mounted straight into
 * the page, without SvelteKit's client router. A package is one screen inside an LMS frame; the
 * router's start-up (its navigation, focus and scroll restoration, session storage) cost the first
 * screen about 30 ms of the main thread before the Start button worked (docs/performance.md).
 * `npm run dev` still serves the same component through SvelteKit (src/routes/+page.svelte).
 *
 * The mount runs in a task of its own, queued at once (a message to itself, which no timer
 * clamping delays): the page's parsing, this script's compiling and its modules' start-up are one
 * task, the first render and the session's set-up another. The longest task at load halved
 * (about 60 → 30 ms unthrottled, 240 → 120 ms at 4× CPU throttling) with no later Start button
 * (docs/performance.md, 2026-12-01).
 */
import { mount } from 'svelte';
import './app.css';
import Lesson from './routes/Lesson.svelte';

const root = document.querySelector('.app-root');
if (!root) throw new Error('The page has no .app-root element to hold the lesson.');
const channel = new MessageChannel();
channel.port1.onmessage = () => {
	channel.port1.close();
	mount(Lesson, { target: root });
};
channel.port2.postMessage(null);
