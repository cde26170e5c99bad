/**
 * The SCORM tracker (1.2 and 2004 alike): writes the pure CMI mapping through the LMS's API.
 *
 * Nothing the learner answers is lost to a misbehaving LMS: every answer becomes a batch of
 * writes in an outbox, kept in the browser's storage until a Commit succeeds. A failed Commit
 * (or an API that throws) is retried with growing delays, the learner is told that saving is
 * failing, and the next launch of the same attempt sends whatever the last one could not. A
 * value the LMS refuses (SetValue "false") is logged with its error code and the lesson goes
 * on: sending it again would not help. Optional elements the LMS does not implement
 * (interactions, objectives) are dropped once and never hold up the grade. Terminate/LMSFinish
 * is called exactly once, after the outbox is empty.
 *
 * The outbox belongs to one attempt: it is stored under the course, the learner, the LMS's own
 * record of the activity (where it shows one) and the attempt token in the suspend data, so
 * that unsent answers only ever go back to the attempt they came from.
 *
 * The screen never waits for the LMS: answers are stored at once and sent by `defer` (after
 * the next paint in the browser).
 */
import type { LmsConnection } from '../lms';
import type { KeyValueStore } from '../store';
import { memoryStore } from '../store';
import { decodeSuspend, suspendAttempt } from '../suspend';
import type {
	AnswerRecord,
	CmiWrite,
	LaunchData,
	Outcome,
	Progress,
	RefusedData,
	SavingStatus,
	Tracker,
	TrackingProblem
} from '../types';
import type { CmiVersion } from '../versions';

/** Placeholder for the interaction index, resolved from _count when the batch is sent. */
const N = '{n}';
const OBJECTIVE = /^cmi\.objectives\.(\d+)\./;
const OBJECTIVE_ID = /^cmi\.objectives\.(\d+)\.id$/;
const SUSPEND_DATA = 'cmi.suspend_data';

/** Optional in SCORM 1.2 (and left out by some LMSs): the grade never waits for them. */
type OptionalPart = 'interactions' | 'objectives';
const optionalPart = (element: string): OptionalPart | undefined =>
	element.startsWith('cmi.interactions.')
		? 'interactions'
		: element.startsWith('cmi.objectives.')
			? 'objectives'
			: undefined;

/** The elements whose refusal the learner is told about. */
const REFUSABLE: readonly (readonly [RegExp, RefusedData])[] = [
	[/^cmi\.(core\.)?score\.(raw|scaled)$/, 'score'],
	[/^cmi\.(core\.lesson_status|completion_status|success_status)$/, 'status'],
	[/^cmi\.suspend_data$/, 'progress']
];
const REFUSED_ORDER: readonly RefusedData[] = ['score', 'status', 'progress'];

/** How Initialize went: the API opened; it was already open; or it refused. */
export type Opening = 'opened' | 'reopened' | 'refused';

/** Delays between Initialize attempts in ms: then the lesson goes on without it. */
export const INITIALIZE_BACKOFF: readonly number[] = [250, 500, 1000, 2000, 4000];

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
	/** Names the storage slot, with the learner id, the LMS's record and the attempt token. */
	courseId?: string;
	/** The LMS's own record of this activity, where it shows one (e.g. Moodle's context id). */
	record?: string;
	/** Timer for retries (setTimeout in the browser). */
	schedule?: (run: () => void, ms: number) => void;
	/** Retry delays in ms: the last one repeats. */
	backoff?: readonly number[];
	/**
	 * Runs the sending of the outbox: at once by default; after the next paint in the browser,
	 * so that the learner sees the feedback before any LMS call.
	 */
	defer?: (run: () => void) => void;
	/** Delays between Initialize attempts (ScormTracker.open). */
	initializeBackoff?: readonly number[];
	/** Set by ScormTracker.open: Initialize has been called already. */
	opened?: { opening: Opening; problems: readonly TrackingProblem[] };
}

const ok = (result: unknown) => String(result) === 'true';

/**
 * Calls Initialize once. When it says "false", the API may already be open: this content was
 * reloaded (its frame, or a popup whose opener holds the API) while the LMS session stayed
 * open. 1.2 then answers 101 and 2004 answers 103; a read that reports no error confirms it.
 */
function initialize(lms: LmsConnection, version: CmiVersion, problems: TrackingProblem[]): Opening {
	const call = lms.names.initialize;
	try {
		if (ok(lms.initialize())) return 'opened';
		const code = String(lms.lastError());
		lms.get(version.learnerIdElement);
		if (String(lms.lastError()).trim() === '0') {
			console.warn(`readback: ${call} said ${code}: the LMS session is already open, resuming it`);
			return 'reopened';
		}
		problems.push({ call, code, message: String(lms.errorString(code)) });
		console.warn(`readback: ${call} failed: ${code}`);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		problems.push({ call, code: 'exception', message });
		console.warn(`readback: ${call} threw: ${message}`);
	}
	return 'refused';
}

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

const suspendDataOf = (writes: readonly CmiWrite[]) =>
	writes.find(([e]) => e === SUSPEND_DATA)?.[1];

/** How many answers a suspend-data string holds (undefined when it cannot be read). */
const answersIn = (data: string | undefined) =>
	data === undefined ? undefined : decodeSuspend(data)?.events.length;

/**
 * True when stored batches carry on from what the LMS holds: their first suspend data is the
 * same lesson with the LMS's answers first. Used for outboxes stored before attempts had a
 * token, which cannot name their attempt.
 */
function continues(held: string, batches: readonly Batch[]): boolean {
	const lms = decodeSuspend(held);
	const first = suspendDataOf(batches.flatMap((b) => b.writes));
	const next = first === undefined ? undefined : decodeSuspend(first);
	return (
		lms !== undefined &&
		next !== undefined &&
		lms.courseHash === next.courseHash &&
		lms.events.length <= next.events.length &&
		lms.events.every(
			(e, i) => e.code === next.events[i]!.code && e.credit === next.events[i]!.credit
		)
	);
}

export class ScormTracker implements Tracker {
	readonly kind: 'scorm12' | 'scorm2004';
	readonly launch: LaunchData;
	readonly problems: TrackingProblem[] = [];
	readonly recording: boolean;
	status: SavingStatus = 'saved';
	onstatus: ((status: SavingStatus) => void) | undefined;
	/** How Initialize went for this launch. */
	readonly opening: Opening;
	#lms: LmsConnection;
	#version: CmiVersion;
	#now: () => number;
	#startedAt: number;
	#store: KeyValueStore;
	#course: string;
	#learner: string;
	#record: string | undefined;
	/** The attempt token, once known: from the LMS's suspend data, else the first answer's. */
	#attempt: number | undefined;
	/** The storage key that holds the outbox now (it moves once the attempt token is known). */
	#slot: string | undefined;
	#schedule: (run: () => void, ms: number) => void;
	#backoff: readonly number[];
	#defer: (run: () => void) => void;
	#outbox: Batch[] = [];
	#failures = 0;
	#retryPending = false;
	#flushQueued = false;
	#ended = false;
	#terminateWhenFlushed = false;
	#terminated = false;
	#dropped = new Set<OptionalPart>();
	/** Element → whether the LMS refused its last value (only the REFUSABLE ones). */
	#refusals = new Map<string, boolean>();
	#lastRefusal = '';

	/**
	 * Opens the LMS session, retrying a refused Initialize with growing delays before any launch
	 * data is read, then hands over the tracker (at once when the first Initialize works).
	 */
	static open(options: ScormTrackerOptions, ready: (tracker: ScormTracker) => void): void {
		const schedule = options.schedule ?? ((run, ms) => void setTimeout(run, ms));
		const delays = options.initializeBackoff ?? INITIALIZE_BACKOFF;
		const problems: TrackingProblem[] = [];
		const attempt = (tries: number) => {
			const opening = initialize(options.connection, options.version, problems);
			if (opening === 'refused' && tries < delays.length)
				schedule(() => attempt(tries + 1), delays[tries]!);
			else ready(new ScormTracker({ ...options, opened: { opening, problems } }));
		};
		attempt(0);
	}

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
		this.#defer = options.defer ?? ((run) => run());
		this.#course = options.courseId ?? 'course';
		this.#record = options.record;
		if (options.opened) {
			this.opening = options.opened.opening;
			this.problems.push(...options.opened.problems);
		} else this.opening = initialize(connection, version, this.problems);
		const launch = this.#sameSession(version.readLaunch((element) => this.#get(element)));
		this.recording = launch.mode === 'normal';
		this.#learner = this.#get(version.learnerIdElement) || 'learner';
		const unsent = this.recording ? this.#load(launch) : [];
		this.launch = unsent.length > 0 ? newerLaunch(launch, unsent) : launch;
		if (!this.recording) return;
		// The attempt is marked started first; then what an earlier launch could not send.
		if (!['passed', 'failed', 'completed'].includes(launch.status))
			this.#outbox.push({ writes: version.startWrites });
		this.#outbox.push(...unsent);
		this.#requestFlush();
	}

	/** Answers not yet confirmed by a Commit. */
	get pending(): number {
		return this.#outbox.length;
	}

	get refused(): RefusedData[] {
		const refused = new Set(
			[...this.#refusals]
				.filter(([, no]) => no)
				.map(([element]) => REFUSABLE.find(([pattern]) => pattern.test(element))![1])
		);
		return REFUSED_ORDER.filter((kind) => refused.has(kind));
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

	/** Best effort when the page is hidden or closing: send what is waiting, now. */
	flushNow(): void {
		if (this.#terminated) return;
		if (this.#outbox.length > 0 || this.#terminateWhenFlushed) this.#flush();
	}

	/**
	 * A record the LMS calls new but that already holds this lesson's suspend data was started
	 * in this LMS session: the content was reloaded while the session stayed open (detected as
	 * an API already initialised, or an LMS that let Initialize succeed twice). It resumes.
	 */
	#sameSession(launch: LaunchData): LaunchData {
		const ours = this.opening === 'reopened' || suspendAttempt(launch.suspendData) !== undefined;
		return launch.entry === 'ab-initio' && launch.suspendData !== '' && ours
			? { ...launch, entry: 'resume' }
			: launch;
	}

	#keyFor(attempt: number): string {
		return [
			'readback',
			this.#course,
			this.#learner,
			this.#record ?? '-',
			attempt.toString(16).padStart(8, '0'),
			'outbox'
		]
			.map((part) => encodeURIComponent(part))
			.join(':');
	}

	/**
	 * What an earlier launch of this attempt could not send. A record with no suspend data (a
	 * new attempt, or one that never saved) gets nothing: what waits in the browser then
	 * belongs to some other attempt.
	 */
	#load(launch: LaunchData): Batch[] {
		if (launch.entry === 'ab-initio' || launch.suspendData === '') return [];
		this.#attempt = suspendAttempt(launch.suspendData);
		let slot: string;
		let batches: Batch[];
		if (this.#attempt !== undefined) {
			slot = this.#keyFor(this.#attempt);
			batches = this.#read(slot);
		} else {
			// Suspend data from before attempts had a token: the outbox of that time was keyed on
			// course and learner only, so it is taken only when it carries on from this record.
			slot = `readback:${this.#course}:${this.#learner}:outbox`;
			batches = this.#read(slot);
			if (!continues(launch.suspendData, batches)) return [];
		}
		if (batches.length === 0) return [];
		this.#slot = slot;
		// Answers the LMS already holds (its suspend data counts them) were written before the
		// content was reloaded or the window closed: they are not written again.
		const held = answersIn(launch.suspendData) ?? 0;
		return batches.map((batch) => {
			const answers = answersIn(suspendDataOf(batch.writes));
			if (answers === undefined || answers > held) return batch;
			return { writes: batch.writes.filter(([e]) => !e.startsWith('cmi.interactions.')) };
		});
	}

	#read(key: string): Batch[] {
		try {
			const stored = JSON.parse(this.#store.get(key) ?? '[]') as unknown;
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

	/** The attempt token travels in the suspend data the session writes. */
	#adopt(writes: readonly CmiWrite[]): void {
		const data = suspendDataOf(writes);
		const token = data === undefined ? undefined : suspendAttempt(data);
		if (token !== undefined) this.#attempt = token;
	}

	#end(writes: () => CmiWrite[]): void {
		if (this.#ended) return;
		this.#ended = true;
		this.#terminateWhenFlushed = true;
		if (this.recording) {
			const batch = writes();
			this.#adopt(batch);
			this.#outbox.push({ writes: batch });
			this.#save();
		}
		// Sent now, even while a retry waits: the learner may be about to close the window.
		this.#requestFlush();
	}

	#terminate(): void {
		if (this.#terminated) return;
		this.#terminated = true;
		this.#call('terminate', () => this.#lms.terminate());
	}

	#enqueue(writes: CmiWrite[]): void {
		this.#adopt(writes);
		this.#outbox.push({ writes });
		this.#save();
		if (!this.#retryPending) this.#requestFlush();
	}

	#requestFlush(): void {
		if (this.#flushQueued) return;
		this.#flushQueued = true;
		this.#defer(() => {
			this.#flushQueued = false;
			if (!this.#terminated) this.#flush();
		});
	}

	/** Sends the outbox in order; stops at the first transient failure and retries later. */
	#flush(): void {
		while (this.#outbox.length > 0) {
			const batch = this.#outbox[0]!;
			if (
				batch.n === undefined &&
				!this.#dropped.has('interactions') &&
				batch.writes.some(([e]) => e.includes(N))
			) {
				const count = this.#count('cmi.interactions._count');
				if (count === 'threw') return this.#failed();
				if (count === undefined) this.#drop('interactions', 'get', 'cmi.interactions._count');
				else batch.n = count;
			}
			if (
				batch.objectives === undefined &&
				!this.#dropped.has('objectives') &&
				batch.writes.some(([e]) => OBJECTIVE_ID.test(e))
			) {
				const resolved = this.#objectiveIndexes(batch.writes);
				if (resolved === 'threw') return this.#failed();
				if (resolved === undefined) this.#drop('objectives', 'get', 'cmi.objectives._count');
				else batch.objectives = resolved;
			}
			for (const [element, value] of batch.writes) {
				const part = optionalPart(element);
				if (part && this.#dropped.has(part)) continue;
				const e = element.replace(N, String(batch.n)).replace(OBJECTIVE, (whole, k: string) => {
					const index = batch.objectives?.get(k);
					return index === undefined ? whole : `cmi.objectives.${index}.`;
				});
				const result = this.#call('set', () => this.#lms.set(e, value), e, value);
				if (result === 'threw') return this.#failed();
				if (
					result === 'refused' &&
					part &&
					this.#version.notImplemented.includes(this.#lastRefusal)
				)
					this.#drop(part, 'set', e, this.#lastRefusal);
				this.#noteRefusal(element, result === 'refused');
			}
			if (this.#call('commit', () => this.#lms.commit()) !== 'ok') return this.#failed();
			this.#outbox.shift();
			this.#save();
		}
		this.#failures = 0;
		this.#setStatus('saved');
		if (this.#terminateWhenFlushed) this.#terminate();
	}

	/** An optional part the LMS does not support is left out from now on (logged once). */
	#drop(part: OptionalPart, call: 'get' | 'set', element: string, code = this.#lastError()): void {
		this.#dropped.add(part);
		this.problems.push({
			call: this.#lms.names[call],
			element,
			code,
			message: `this LMS does not support ${part}: they are left out from now on`
		});
		console.warn(`readback: ${element} not supported (${code}): ${part} are left out`);
	}

	#noteRefusal(element: string, refused: boolean): void {
		if (!REFUSABLE.some(([pattern]) => pattern.test(element))) return;
		const before = this.refused.join();
		this.#refusals.set(element, refused);
		if (this.refused.join() !== before) this.onstatus?.(this.status);
	}

	/**
	 * A count the LMS reports (`_count`): undefined when it gives none (not implemented, null,
	 * undefined or not a number), 'threw' when the API failed (worth retrying).
	 */
	#count(element: string): number | undefined | 'threw' {
		let raw: unknown;
		try {
			raw = this.#lms.get(element);
		} catch (error) {
			this.#problem(this.#lms.names.get, error, element);
			return 'threw';
		}
		const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
		const count = text === '' ? NaN : Number(text);
		return Number.isInteger(count) && count >= 0 ? count : undefined;
	}

	/**
	 * Where each objective goes in the LMS: the index that already holds its id (an earlier
	 * launch, or objectives the LMS preloaded from the manifest), else the next free one.
	 * Undefined when the LMS keeps no objectives; 'threw' when it cannot be read right now.
	 */
	#objectiveIndexes(writes: readonly CmiWrite[]): Map<string, string> | undefined | 'threw' {
		const count = this.#count('cmi.objectives._count');
		if (typeof count !== 'number') return count;
		const existing = new Map<string, number>();
		for (let k = 0; k < count; k++) {
			const element = `cmi.objectives.${k}.id`;
			try {
				const id = this.#lms.get(element);
				existing.set(typeof id === 'string' ? id : String(id ?? ''), k);
			} catch (error) {
				this.#problem(this.#lms.names.get, error, element);
				return 'threw';
			}
		}
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

	/** Stores the outbox under its attempt (moving it there from an older slot). */
	#save(): void {
		const key = this.#attempt === undefined ? this.#slot : this.#keyFor(this.#attempt);
		if (this.#slot !== undefined && this.#slot !== key) this.#store.remove(this.#slot);
		this.#slot = undefined;
		// A new attempt's first batches wait in memory until its first answer names it.
		if (key === undefined) return;
		if (this.#outbox.length === 0) this.#store.remove(key);
		else {
			this.#store.set(key, JSON.stringify(this.#outbox.map((b) => b.writes)));
			this.#slot = key;
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

	#lastError(): string {
		try {
			return String(this.#lms.lastError());
		} catch {
			return 'exception';
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
			this.#lastRefusal = code;
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
