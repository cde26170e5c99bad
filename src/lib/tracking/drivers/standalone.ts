/**
 * No LMS: the lesson works, nothing reaches a gradebook, and the learner is told so. Progress
 * is kept in the browser, so that reopening the lesson on the same device continues it.
 */
import { memoryStore, type KeyValueStore } from '../store';
import type { LaunchData, Outcome, Progress, Tracker } from '../types';

export interface StandaloneOptions {
	store?: KeyValueStore;
	courseId?: string;
}

export class StandaloneTracker implements Tracker {
	readonly kind = 'standalone';
	readonly recording = false;
	readonly problems = [];
	readonly refused = [];
	readonly status = 'saved';
	onstatus = undefined;
	readonly launch: LaunchData;
	#store: KeyValueStore;
	#key: string;

	constructor({ store = memoryStore(), courseId = 'course' }: StandaloneOptions = {}) {
		this.#store = store;
		this.#key = `readback:${courseId}:standalone:suspend`;
		const saved = store.get(this.#key) ?? '';
		this.launch = {
			entry: saved ? 'resume' : 'ab-initio',
			mode: 'normal',
			credit: false,
			learnerName: '',
			suspendData: saved,
			location: '',
			status: saved ? 'incomplete' : 'not attempted'
		};
	}

	recordAnswer(_record: unknown, progress: Progress): void {
		this.#store.set(this.#key, progress.suspendData);
	}

	suspend(progress: Progress): void {
		this.#store.set(this.#key, progress.suspendData);
	}

	/** A finished lesson starts afresh next time: nothing is kept once the results are shown. */
	finish(_outcome: Outcome): void {
		this.#store.remove(this.#key);
	}

	flushNow(): void {}
}
