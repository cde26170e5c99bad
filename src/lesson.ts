/**
 * The packaged lesson's entry (vite.app.config.ts): the lesson component mounted straight into
 * the page, without SvelteKit's client router. A package is one screen inside an LMS frame; the
 * router's start-up (its navigation, focus and scroll restoration, session storage) cost the first
 * screen about 30 ms of the main thread before the Start button worked (docs/performance.md).
 * `npm run dev` still serves the same component through SvelteKit (src/routes/+page.svelte).
 *
 * The mount runs in the script's own task. Queued as a task of its own (a message to itself) it
 * halved the longest task at load but made the Start button about 20 ms later unthrottled: the
 * frame's load event, the player page's handlers and a frame can come first
 * (docs/performance.md, 2026-12-01).
 */
import { mount } from 'svelte';
import './app.css';
import Lesson from './routes/Lesson.svelte';

const root = document.querySelector('.app-root');
if (!root) throw new Error('The page has no .app-root element to hold the lesson.');
mount(Lesson, { target: root });
