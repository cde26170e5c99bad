/** The SCORM 1.2 tracker: writes the pure CMI mapping through the LMS's `window.API`. */
import {
	answerWrites12,
	finishWrites12,
	progressWrites12,
	readLaunch12,
	suspendWrites12
} from '../cmi12';
import type {
	AnswerRecord,
	CmiWrite,
	LaunchData,
	Outcome,
	Progress,
	Tracker,
	TrackingProblem
} from '../types';

/** The calls of a SCORM 1.2 API object (what Moodle and scorm-again provide). */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string | number;
	LMSGetErrorString(code: string): string;
}

export interface Scorm12Options {
	api: Scorm12Api;
	now: () => number;
}

const ok = (result: unknown) => String(result) === 'true';

export class Scorm12Tracker implements Tracker {
	readonly kind = 'scorm12';
	readonly launch: LaunchData;
	readonly problems: TrackingProblem[] = [];
	readonly recording: boolean;
	#api: Scorm12Api;
	#now: () => number;
	#startedAt: number;
	#finished = false;

	constructor({ api, now }: Scorm12Options) {
		this.#api = api;
		this.#now = now;
		this.#startedAt = now();
		this.#call('LMSInitialize', () => api.LMSInitialize(''));
		this.launch = readLaunch12((element) => this.#get(element));
		this.recording = this.launch.mode === 'normal';
		if (this.recording && !['passed', 'failed', 'completed'].includes(this.launch.status)) {
			this.#write([['cmi.core.lesson_status', 'incomplete']]);
			this.#commit();
		}
	}

	recordAnswer(record: AnswerRecord, progress: Progress): void {
		if (!this.recording || this.#finished) return;
		const count = Number(this.#get('cmi.interactions._count'));
		const n = Number.isInteger(count) && count >= 0 ? count : 0;
		this.#write([...answerWrites12(n, record), ...progressWrites12(progress)]);
		this.#commit();
	}

	suspend(progress: Progress): void {
		if (this.#finished) return;
		this.#finished = true;
		if (this.recording) {
			this.#write(suspendWrites12(progress, this.#now() - this.#startedAt));
			this.#commit();
		}
		this.#call('LMSFinish', () => this.#api.LMSFinish(''));
	}

	finish(outcome: Outcome): void {
		if (this.#finished) return;
		this.#finished = true;
		if (this.recording) {
			this.#write(finishWrites12(outcome, this.#now() - this.#startedAt));
			this.#commit();
		}
		this.#call('LMSFinish', () => this.#api.LMSFinish(''));
	}

	#get(element: string): string {
		try {
			const value = this.#api.LMSGetValue(element);
			return typeof value === 'string' ? value : String(value ?? '');
		} catch (error) {
			this.#problem('LMSGetValue', error, element);
			return '';
		}
	}

	#write(writes: readonly CmiWrite[]): void {
		for (const [element, value] of writes)
			this.#call('LMSSetValue', () => this.#api.LMSSetValue(element, value), element, value);
	}

	#commit(): void {
		this.#call('LMSCommit', () => this.#api.LMSCommit(''));
	}

	#call(call: string, fn: () => string, element?: string, value?: string): boolean {
		try {
			if (ok(fn())) return true;
			const code = String(this.#api.LMSGetLastError());
			this.problems.push({
				call,
				element,
				value,
				code,
				message: this.#api.LMSGetErrorString(code)
			});
			return false;
		} catch (error) {
			this.#problem(call, error, element, value);
			return false;
		}
	}

	#problem(call: string, error: unknown, element?: string, value?: string): void {
		const message = error instanceof Error ? error.message : String(error);
		this.problems.push({ call, element, value, code: 'exception', message });
	}
}
