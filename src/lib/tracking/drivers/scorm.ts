/**
 * The SCORM tracker (1.2 and 2004 alike): writes the pure CMI mapping through the LMS's API.
 *
 * Nothing the learner answers is lost to a misbehaving LMS: every answer becomes a batch of
 * writes in an outbox, kept in the browser's storage until a Commit succeeds. A failed Commit
 * (or an API that throws) is retried with growing delays, the learner is told that saving is
 * failing, and the next launch sends whatever the last one could not. A value the LMS refuses
 * (SetValue "false") is logged with its error code and the lesson goes on: sending it again
 * would not help. Terminate/LMSFinish is called exactly once, after the outbox is empty.
 */
import type { LmsConnection } from '../lms';
import type { KeyValueStore } from '../store';
import { memoryStore } from '../store';
import type {
	AnswerRecord,
	CmiWrite,
	LaunchData,
	Outcome,
	Progress,
	SavingStatus,
	Tracker,
	TrackingProblem
} from '../types';
import type { CmiVersion } from '../versions';

/** Placeholder for the interaction index, resolved from _count when the batch is sent. */
const N = '{n}';
const OBJECTIVE = /^cmi\.objectives\.(\d+)\./;
const OBJECTIVE_ID = /^cmi\.objectives\.(\d+)\.id$/;

interface Batch {
	writes: CmiWrite[];
	/** Resolved interaction index for this session (never stored). */
	n?: number;
	/** Objective indexes as written by the mapping → the LMS's own indexes (never stored). */
	objectives?: Map<string, string>;
}

export interface ScormTrackerOptions {
	connection: LmsConnection;
	version: CmiVersion;
	now: () => number;
	/** Where unsent answers wait; the browser's localStorage in the lesson. */
	store?: KeyValueStore;
	/** Names the storage slot, with the learner id: one course, one learner. */
	courseId?: string;
	/** Timer for retries (setTimeout in the browser). */
	schedule?: (run: () => void, ms: number) => void;
	/** Retry delays in ms: the last one repeats. */
	backoff?: readonly number[];
}

const ok = (result: unknown) => String(result) === 'true';

/**
 * The launch data as the learner last left it: answers still waiting in this browser are newer
 * than what the LMS holds, so the lesson resumes from their suspend data, not the LMS's.
 */
function newerLaunch(launch: LaunchData, unsent: readonly Batch[]): LaunchData {
	const last = (pattern: RegExp) =>
		unsent
			.flatMap((b) => b.writes)
			.filter(([e]) => pattern.test(e))
			.at(-1)?.[1];
	const suspendData = last(/^cmi\.suspend_data$/);
	if (suspendData === undefined) return launch;
	return {
		...launch,
		entry: 'resume',
		suspendData,
		location: last(/^cmi\.(core\.lesson_)?location$/) ?? launch.location
	};
}

export class ScormTracker implements Tracker {
	readonly kind: 'scorm12' | 'scorm2004';
	readonly launch: LaunchData;
	readonly problems: TrackingProblem[] = [];
	readonly recording: boolean;
	status: SavingStatus = 'saved';
	onstatus: ((status: SavingStatus) => void) | undefined;
	#lms: LmsConnection;
	#version: CmiVersion;
	#now: () => number;
	#startedAt: number;
	#store: KeyValueStore;
	#key: string;
	#schedule: (run: () => void, ms: number) => void;
	#backoff: readonly number[];
	#outbox: Batch[] = [];
	#failures = 0;
	#retryPending = false;
	#ended = false;
	#terminateWhenFlushed = false;
	#terminated = false;

	constructor(options: ScormTrackerOptions) {
		const { connection, version, now } = options;
		this.#lms = connection;
		this.#version = version;
		this.kind = version.kind;
		this.#now = now;
		this.#startedAt = now();
		this.#store = options.store ?? memoryStore();
		this.#schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms));
		this.#backoff = options.backoff ?? [1000, 2000, 4000, 8000, 15000, 30000];
		this.#call('initialize', () => connection.initialize());
		const launch = version.readLaunch((element) => this.#get(element));
		this.recording = launch.mode === 'normal';
		this.#key = `readback:${options.courseId ?? 'course'}:${this.#get(version.learnerIdElement) || 'learner'}:outbox`;
		const unsent = this.recording ? this.#load() : [];
		this.launch = unsent.length > 0 ? newerLaunch(launch, unsent) : launch;
		if (!this.recording) return;
		// The attempt is marked started first; then what an earlier launch could not send.
		if (!['passed', 'failed', 'completed'].includes(launch.status))
			this.#outbox.push({ writes: version.startWrites });
		this.#outbox.push(...unsent);
		this.#flush();
	}

	/** Answers not yet confirmed by a Commit. */
	get pending(): number {
		return this.#outbox.length;
	}

	recordAnswer(record: AnswerRecord, progress: Progress): void {
		if (!this.recording || this.#ended) return;
		const writes = this.#version
			.answerWrites(0, record)
			.map(([e, v]): CmiWrite => [
				e.replace(/^cmi\.interactions\.0\./, `cmi.interactions.${N}.`),
				v
			]);
		this.#enqueue([...writes, ...this.#version.progressWrites(progress)]);
	}

	suspend(progress: Progress): void {
		this.#end(() => this.#version.suspendWrites(progress, this.#now() - this.#startedAt));
	}

	finish(outcome: Outcome): void {
		this.#end(() => this.#version.finishWrites(outcome, this.#now() - this.#startedAt));
	}

	/** Best effort when the page is hidden or closing: try to send what is waiting, now. */
	flushNow(): void {
		if (this.#outbox.length > 0 && !this.#terminated) this.#flush();
	}

	#end(writes: () => CmiWrite[]): void {
		if (this.#ended) return;
		this.#ended = true;
		this.#terminateWhenFlushed = true;
		if (this.recording) {
			this.#outbox.push({ writes: writes() });
			this.#save();
			// Try now, even while a retry waits: the learner may be about to close the window.
			this.#flush();
		}
		if (this.#outbox.length === 0) this.#terminate();
	}

	#terminate(): void {
		if (this.#terminated) return;
		this.#terminated = true;
		this.#call('terminate', () => this.#lms.terminate());
	}

	#enqueue(writes: CmiWrite[]): void {
		this.#outbox.push({ writes });
		this.#save();
		if (!this.#retryPending) this.#flush();
	}

	/** Sends the outbox in order; stops at the first transient failure and retries later. */
	#flush(): void {
		while (this.#outbox.length > 0) {
			const batch = this.#outbox[0]!;
			if (batch.writes.some(([e]) => e.includes(N)) && batch.n === undefined) {
				const raw = this.#get('cmi.interactions._count');
				const count = raw.trim() === '' ? NaN : Number(raw);
				if (!Number.isInteger(count) || count < 0) return this.#failed();
				batch.n = count;
			}
			if (batch.objectives === undefined && batch.writes.some(([e]) => OBJECTIVE_ID.test(e))) {
				const resolved = this.#objectiveIndexes(batch.writes);
				if (!resolved) return this.#failed();
				batch.objectives = resolved;
			}
			for (const [element, value] of batch.writes) {
				const e = element.replace(N, String(batch.n)).replace(OBJECTIVE, (whole, k: string) => {
					const index = batch.objectives?.get(k);
					return index === undefined ? whole : `cmi.objectives.${index}.`;
				});
				if (this.#call('set', () => this.#lms.set(e, value), e, value) === 'threw')
					return this.#failed();
			}
			if (this.#call('commit', () => this.#lms.commit()) !== 'ok') return this.#failed();
			this.#outbox.shift();
			this.#save();
		}
		this.#failures = 0;
		this.#setStatus('saved');
		if (this.#terminateWhenFlushed) this.#terminate();
	}

	/**
	 * Where each objective goes in the LMS: the index that already holds its id (an earlier
	 * launch, or objectives the LMS preloaded from the manifest), else the next free one.
	 * Undefined when the LMS cannot be read right now.
	 */
	#objectiveIndexes(writes: readonly CmiWrite[]): Map<string, string> | undefined {
		const raw = this.#get('cmi.objectives._count');
		const count = raw.trim() === '' ? 0 : Number(raw);
		if (!Number.isInteger(count) || count < 0) return undefined;
		const existing = new Map<string, number>();
		for (let k = 0; k < count; k++) existing.set(this.#get(`cmi.objectives.${k}.id`), k);
		let next = count;
		const map = new Map<string, string>();
		for (const [element, id] of writes) {
			const k = OBJECTIVE_ID.exec(element)?.[1];
			if (k === undefined || map.has(k)) continue;
			map.set(k, String(existing.get(id) ?? next++));
		}
		return map;
	}

	#failed(): void {
		this.#failures += 1;
		this.#setStatus('retrying');
		this.#save();
		if (this.#retryPending) return;
		this.#retryPending = true;
		const delay = this.#backoff[Math.min(this.#failures - 1, this.#backoff.length - 1)] ?? 30000;
		this.#schedule(() => {
			this.#retryPending = false;
			this.#flush();
		}, delay);
	}

	#setStatus(status: SavingStatus): void {
		if (this.status === status) return;
		this.status = status;
		this.onstatus?.(status);
	}

	#save(): void {
		if (this.#outbox.length === 0) this.#store.remove(this.#key);
		else this.#store.set(this.#key, JSON.stringify(this.#outbox.map((b) => b.writes)));
	}

	#load(): Batch[] {
		try {
			const stored = JSON.parse(this.#store.get(this.#key) ?? '[]') as unknown;
			if (!Array.isArray(stored)) return [];
			return stored
				.filter((w): w is CmiWrite[] => Array.isArray(w))
				.map((writes) => ({
					writes: writes
						.filter((x) => Array.isArray(x) && x.length === 2)
						.map((x) => [String(x[0]), String(x[1])] as const)
				}));
		} catch {
			return [];
		}
	}

	#get(element: string): string {
		try {
			const value = this.#lms.get(element);
			return typeof value === 'string' ? value : String(value ?? '');
		} catch (error) {
			this.#problem(this.#lms.names.get, error, element);
			return '';
		}
	}

	/** 'ok', 'refused' (the LMS said false: logged with its error), or 'threw'. */
	#call(
		name: keyof LmsConnection['names'],
		fn: () => unknown,
		element?: string,
		value?: string
	): 'ok' | 'refused' | 'threw' {
		const call = this.#lms.names[name];
		try {
			if (ok(fn())) return 'ok';
			const code = String(this.#lms.lastError());
			this.problems.push({
				call,
				element,
				value,
				code,
				message: String(this.#lms.errorString(code))
			});
			console.warn(`readback: ${call}${element ? ` ${element}` : ''} failed: ${code}`);
			return 'refused';
		} catch (error) {
			this.#problem(call, error, element, value);
			return 'threw';
		}
	}

	#problem(call: string, error: unknown, element?: string, value?: string): void {
		const message = error instanceof Error ? error.message : String(error);
		this.problems.push({ call, element, value, code: 'exception', message });
		console.warn(`readback: ${call}${element ? ` ${element}` : ''} threw: ${message}`);
	}
}
