/**
 * One tab per attempt (pure rules). Two tabs of the same attempt would overwrite each other's
 * answers in the LMS, so the second one is told to close and records nothing.
 *
 * Two signals, both keyed on the course and the LMS's record of the activity (the learner: one
 * browser profile is one LMS login):
 * - a lease in localStorage, renewed while the tab lives and dropped when it closes: a tab that
 *   opens while another holds a live lease stands down at once, before it talks to the LMS;
 * - messages on a BroadcastChannel: an opening tab says "open", a recording tab answers "here".
 *   They reach tabs whose timers the browser slows down (a background tab may renew its lease
 *   only once a minute) and settle two tabs opened at the same moment: the one opened first
 *   (then the smaller id) keeps recording, the other stands down.
 */

/** A lease lasts this long unless renewed. */
export const LEASE_MS = 15_000;
/** A recording tab renews its lease this often. */
export const RENEW_MS = 5_000;

/** Who holds the attempt: a tab's random id, since when, and until when unless renewed. */
export interface Lease {
	tab: string;
	since: number;
	until: number;
}

/** A tab as the rules see it: its id and when it started recording. */
export interface TabId {
	tab: string;
	since: number;
}

export type TabMessage = { kind: 'open' | 'here' } & TabId;

/** The storage key and channel name of an attempt. */
export function leaseKey(courseId: string, record: string | undefined): string {
	return ['readback', courseId, record ?? '-', 'tab'].map(encodeURIComponent).join(':');
}

const isTab = (value: Record<string, unknown>) =>
	typeof value.tab === 'string' &&
	value.tab !== '' &&
	typeof value.since === 'number' &&
	Number.isFinite(value.since);

/** The lease stored under the key, when there is a well-formed one. */
export function readLease(text: string | null | undefined): Lease | undefined {
	try {
		const value = JSON.parse(text ?? '') as Record<string, unknown>;
		if (value && isTab(value) && typeof value.until === 'number' && Number.isFinite(value.until))
			return { tab: value.tab as string, since: value.since as number, until: value.until };
	} catch {
		// Not JSON: no lease.
	}
	return undefined;
}

/** Whether another tab holds a lease that has not run out. */
export function heldByAnother(lease: Lease | undefined, tab: string, now: number): boolean {
	return lease !== undefined && lease.tab !== tab && lease.until > now;
}

/** The lease a recording tab writes (when it starts, and again every RENEW_MS). */
export function renewedLease(me: TabId, now: number): Lease {
	return { ...me, until: now + LEASE_MS };
}

/** The message a broadcast carries, when it is one of ours. */
export function readMessage(data: unknown): TabMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const value = data as Record<string, unknown>;
	if ((value.kind === 'open' || value.kind === 'here') && isTab(value))
		return { kind: value.kind, tab: value.tab as string, since: value.since as number };
	return undefined;
}

/** Whether `a` came first: the earlier start, then the smaller id. */
export function cameFirst(a: TabId, b: TabId): boolean {
	return a.since !== b.since ? a.since < b.since : a.tab < b.tab;
}

/**
 * What a recording tab does with a message from another tab: answer "here" (it keeps the
 * attempt), stand down (the other came first), or nothing.
 */
export function onMessage(me: TabId, message: TabMessage): 'answer' | 'stand-down' | 'ignore' {
	if (message.tab === me.tab) return 'ignore';
	if (cameFirst(message, me)) return 'stand-down';
	return message.kind === 'open' ? 'answer' : 'ignore';
}
