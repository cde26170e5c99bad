/**
 * The lesson's launch: the tab guard, the LMS connection and the session, set up at once when
 * the lesson starts (before its first render in a package: src/lesson.ts; as Lesson.svelte
 * starts in `npm run dev`). It takes a few milliseconds, unless Initialize fails at first and is
 * retried, or another tab may hold the attempt: then `connecting` is true until the session
 * arrives, or `otherTab` when that tab keeps the attempt.
 */
import type { Course } from '$lib/content/course';
import { LessonSession } from '$lib/session/lesson.svelte';
import { guardTab } from '$lib/session/tab-guard';
import { leaseKey } from '$lib/session/tabs';
import { connectTracker, lmsRecord } from '$lib/tracking/connect';
import { browserStore } from '$lib/tracking/store';

export class Launch {
	session = $state.raw<LessonSession>();
	/** The same attempt is open in another tab of this browser: this one records nothing. */
	otherTab = $state(false);
	/** The set-up ran but the session is not there yet (Initialize retried, another tab asked). */
	connecting = $state(false);

	constructor(course: Course, win: Window) {
		const seed = win.crypto.getRandomValues(new Uint32Array(1))[0]!;
		const store = browserStore(win.localStorage);
		guardTab(win, leaseKey(course.id, lmsRecord(win.location.pathname)), {
			start: () =>
				connectTracker(win, { courseId: course.id, store }, (tracker) => {
					if (!this.otherTab) this.session = new LessonSession({ course, tracker, seed });
				}),
			standDown: () => (this.otherTab = true)
		});
		this.connecting = !this.session && !this.otherTab;
	}

	/**
	 * Whether the start screen is the one a first visit sees (the build writes that one into the
	 * page as static markup: src/start-markup.ts): a session that records, resumes nothing,
	 * has nothing to tell, and the cap and passing score the static screen states.
	 */
	showsFirstVisit(course: Course, cap: number): boolean {
		const session = this.session;
		if (!session || this.otherTab) return false;
		const tracker = session.tracker;
		return (
			tracker.kind !== 'standalone' &&
			tracker.launch.mode === 'normal' &&
			tracker.recording &&
			!session.resumed &&
			!session.notice &&
			!session.reported &&
			session.phase === 'start' &&
			session.cap === cap &&
			session.masteryScore === course.masteryScore
		);
	}
}
