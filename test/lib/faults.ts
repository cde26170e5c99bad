/**
 * Faults injected into a real scorm-again API object: calls that return "false", throw, or
 * succeed again once the LMS "recovers"; elements the LMS does not implement; GetValue
 * answering null or undefined; an Initialize that fails a few times. Works for both 1.2 and
 * 2004 call names.
 */
export interface Faults {
	/** SetValue / LMSSetValue returns "false" for these elements. */
	refuse?: (element: string) => boolean;
	/** The error code GetLastError reports after a refused value (default: scorm-again's own). */
	refuseCode?: string;
	/** Commit / LMSCommit returns "false". */
	commitFails?: boolean;
	/** Every call throws (a broken API object). */
	throws?: boolean;
	/**
	 * Elements the LMS does not implement: GetValue returns "" and SetValue "false", with error
	 * 401 in 1.2 ("not implemented") and 402 in 2004 ("unimplemented data model element").
	 */
	notImplemented?: (element: string) => boolean;
	/** GetValue returns `blankValue` (null unless set) for these elements, with no error. */
	blank?: (element: string) => boolean;
	blankValue?: null | undefined;
	/** Initialize / LMSInitialize returns "false" (error 102) this many more times. */
	initializeFails?: number;
}

const SET = ['LMSSetValue', 'SetValue'];
const GET = ['LMSGetValue', 'GetValue'];
const COMMIT = ['LMSCommit', 'Commit'];
const INITIALIZE = ['LMSInitialize', 'Initialize'];
const LAST_ERROR = ['LMSGetLastError', 'GetLastError'];
const ERROR_STRING = ['LMSGetErrorString', 'GetErrorString'];

const MESSAGES: Record<string, string> = {
	'102': 'General Initialization Failure',
	'401': 'Not implemented error',
	'402': 'Unimplemented Data Model Element'
};

/** Wraps `api`; change `faults` at any time to break or heal the LMS. */
export function faulty<T extends object>(api: T, faults: Faults): T {
	// The error of the last injected fault, reported until the next call.
	let injected: string | undefined;
	return new Proxy(api, {
		get(target, name, receiver) {
			const value = Reflect.get(target, name, receiver) as unknown;
			if (typeof value !== 'function') return value;
			const call = String(name);
			const v12 = call.startsWith('LMS');
			return (...args: unknown[]) => {
				if (faults.throws) throw new Error(`${call}: the LMS is unreachable`);
				if (LAST_ERROR.includes(call) && injected !== undefined) return injected;
				if (ERROR_STRING.includes(call) && MESSAGES[String(args[0])] && injected !== undefined)
					return MESSAGES[String(args[0])];
				if (!ERROR_STRING.includes(call)) injected = undefined;
				const element = String(args[0]);
				const fail = (code: string | undefined, result: unknown) => {
					injected = code;
					return result;
				};
				if (INITIALIZE.includes(call) && (faults.initializeFails ?? 0) > 0) {
					faults.initializeFails! -= 1;
					return fail('102', 'false');
				}
				if ((SET.includes(call) || GET.includes(call)) && faults.notImplemented?.(element))
					return fail(v12 ? '401' : '402', SET.includes(call) ? 'false' : '');
				if (GET.includes(call) && faults.blank?.(element))
					return 'blankValue' in faults ? faults.blankValue : null;
				if (SET.includes(call) && faults.refuse?.(element)) return fail(faults.refuseCode, 'false');
				if (COMMIT.includes(call) && faults.commitFails) return 'false';
				return (value as (...a: unknown[]) => unknown).apply(target, args);
			};
		}
	});
}

/** A manual timer for retries: run what is due, when the test says so. */
export function manualTimer() {
	const queue: { run: () => void; ms: number }[] = [];
	return {
		delays: [] as number[],
		schedule(run: () => void, ms: number) {
			queue.push({ run, ms });
			this.delays.push(ms);
		},
		/** Runs what is due now (retries scheduled by these runs wait for the next call). */
		runAll() {
			for (const due of queue.splice(0)) due.run();
		},
		get waiting() {
			return queue.length;
		}
	};
}

/** Deferred work (the tracker's after-paint flush) held until the test runs it. */
export function manualDefer() {
	const queue: (() => void)[] = [];
	return {
		defer(run: () => void) {
			queue.push(run);
		},
		/** Runs everything deferred so far, and what that defers in turn. */
		runAll() {
			while (queue.length > 0) queue.shift()!();
		},
		get waiting() {
			return queue.length;
		}
	};
}
