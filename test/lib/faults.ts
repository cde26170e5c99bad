/**
 * Faults injected into a real scorm-again API object: calls that return "false", throw, or
 * succeed again once the LMS "recovers". Works for both 1.2 and 2004 call names.
 */
export interface Faults {
	/** SetValue / LMSSetValue returns "false" for these elements. */
	refuse?: (element: string) => boolean;
	/** Commit / LMSCommit returns "false". */
	commitFails?: boolean;
	/** Every call throws (a broken API object). */
	throws?: boolean;
}

const SET = ['LMSSetValue', 'SetValue'];
const COMMIT = ['LMSCommit', 'Commit'];

/** Wraps `api`; change `faults` at any time to break or heal the LMS. */
export function faulty<T extends object>(api: T, faults: Faults): T {
	return new Proxy(api, {
		get(target, name, receiver) {
			const value = Reflect.get(target, name, receiver) as unknown;
			if (typeof value !== 'function') return value;
			const call = String(name);
			return (...args: unknown[]) => {
				if (faults.throws) throw new Error(`${call}: the LMS is unreachable`);
				if (SET.includes(call) && faults.refuse?.(String(args[0]))) return 'false';
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
