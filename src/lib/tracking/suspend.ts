/**
 * The resume state in `suspend_data` (pure): a compact, versioned event log that the engine
 * replays on resume. SCORM 1.2 allows 4096 characters; an answer costs 6.
 *
 *   2~CCCCCC~RRRRRR~AAAAAA~SS~P~IIII~EEEEEE...
 *   │ │      │      │      │  │ │    └ events: 4-character question-id code + 2 outcome characters
 *   │ │      │      │      │  │ └ the question on screen (4-character id code), or "-"
 *   │ │      │      │      │  └ phase: s start, q question, r re-reading a passage, d done
 *   │ │      │      │      └ the salt of the id codes (0-4095): the first salt under which every
 *   │ │      │      │        question id of the course has its own code (see codeSalt)
 *   │ │      │      └ attempt token (32 bits): names this attempt (the browser's outbox of unsent
 *   │ │      │        answers, the order choices are shown in); the same after every resume
 *   │ │      └ random-generator state (32 bits)
 *   │ └ hash of the course's question and objective ids (32 bits): did the course change?
 *   └ format version (version 1, without the attempt token, is still read)
 *
 * Question ids are stored as 24-bit hashes, not indexes, so that a republished course (with
 * questions added, removed or edited) keeps the progress of every question id it still has.
 * Two ids of one course never share a code: the salt is chosen so that they do not, and a
 * course for which no salt works is refused at validation. SCORM 1.2's 4096 characters hold
 * the header and 677 answers (SUSPEND_ANSWERS_12); the lesson asks no more than that there.
 * The outcome holds the credit in 120ths (exact for halves, thirds, quarters, fifths, sixths
 * and eighths: every partial credit the scorers give on usual question sizes) and whether the
 * learner then re-read the passage (+121). The lesson rounds credit the same way before the
 * engine sees it, so replaying the log gives exactly the state the learner left.
 */
import { hash32 } from '../random.ts';

/** Credit as stored: a multiple of 1/120. */
export function quantizeCredit(credit: number): number {
	return Math.round(Math.min(1, Math.max(0, credit)) * CREDIT_STEPS) / CREDIT_STEPS;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CREDIT_STEPS = 120;
const EVENT_LENGTH = 6;
export const SUSPEND_VERSION = '2';
/** Characters before the first event: `2~` + 6 + `~` + 6 + `~` + 6 + `~` + 2 + `~P~` + 4 + `~`. */
export const SUSPEND_HEADER = 33;
const SALTS = 4096;

/** How many answers suspend data of at most `limit` characters holds. */
export function answersThatFit(limit: number): number {
	return Math.floor((limit - SUSPEND_HEADER) / EVENT_LENGTH);
}

/** SCORM 1.2 allows 4096 characters of suspend data: this many answers. */
export const SUSPEND_ANSWERS_12 = answersThatFit(4096);

export type SuspendPhase = 'start' | 'question' | 'remediation' | 'done';
const PHASES: Record<SuspendPhase, string> = {
	start: 's',
	question: 'q',
	remediation: 'r',
	done: 'd'
};

export interface SuspendEvent {
	item: string;
	credit: number;
	remediated: boolean;
}

export interface SuspendState {
	courseHash: number;
	random: number;
	/** The attempt token (32 bits). */
	attempt: number;
	/** The salt of the id codes: `codeSalt` of the course's question ids. */
	salt: number;
	phase: SuspendPhase;
	/** The question on screen (or being re-read), if any. */
	current?: string;
	events: SuspendEvent[];
}

function encodeNumber(value: number, chars: number): string {
	let out = '';
	for (let i = 0; i < chars; i++) out = ALPHABET[(value >>> (6 * i)) & 63]! + out;
	return out;
}

function decodeNumber(text: string): number {
	let value = 0;
	for (const ch of text) {
		const digit = ALPHABET.indexOf(ch);
		if (digit === -1) throw new Error(`bad character ${ch}`);
		value = value * 64 + digit;
	}
	return value >>> 0;
}

/** The 4-character code of a question id (24 bits of its hash, salted unless the salt is 0). */
export function idCode(id: string, salt = 0): string {
	return encodeNumber(hash32(salt === 0 ? id : `${salt}:${id}`) & 0xffffff, 4);
}

/**
 * The first salt under which every id has its own code; undefined when none of the 4096 does
 * (only for banks far beyond 10,000 questions: validation refuses them).
 */
export function codeSalt(ids: readonly string[], tries = SALTS): number | undefined {
	for (let salt = 0; salt < Math.min(tries, SALTS); salt++) {
		const codes = new Set<string>();
		for (const id of ids) codes.add(idCode(id, salt));
		if (codes.size === new Set(ids).size) return salt;
	}
	return undefined;
}

/** A hash of the course's question and objective ids: changes when the course does. */
export function courseHash(
	questionIds: readonly string[],
	objectiveIds: readonly string[]
): number {
	return hash32(`${[...questionIds].sort().join(',')}|${[...objectiveIds].sort().join(',')}`);
}

export function encodeSuspend(state: SuspendState): string {
	const events = state.events
		.map((e) => {
			const level = Math.round(quantizeCredit(e.credit) * CREDIT_STEPS);
			return (
				idCode(e.item, state.salt) + encodeNumber(level + (e.remediated ? CREDIT_STEPS + 1 : 0), 2)
			);
		})
		.join('');
	return [
		SUSPEND_VERSION,
		encodeNumber(state.courseHash, 6),
		encodeNumber(state.random, 6),
		encodeNumber(state.attempt, 6),
		encodeNumber(state.salt, 2),
		PHASES[state.phase],
		state.current ? idCode(state.current, state.salt) : '-',
		events
	].join('~');
}

export interface DecodedSuspend {
	courseHash: number;
	random: number;
	/** Absent in version-1 data, written before attempts had a token. */
	attempt?: number;
	/** The salt the codes were written with (0 in version 1). */
	salt: number;
	phase: SuspendPhase;
	current?: string;
	events: { code: string; credit: number; remediated: boolean }[];
}

/**
 * Reads suspend data; undefined when it is empty, corrupt or from another format. Checked
 * beyond its syntax: a question answered twice, or a re-reading after a fully right answer,
 * cannot come from this lesson, so such data is refused as corrupt.
 */
export function decodeSuspend(text: string): DecodedSuspend | undefined {
	try {
		const parts = text.split('~');
		const version = parts[0];
		if (!((version === '1' && parts.length === 6) || (version === '2' && parts.length === 8)))
			return undefined;
		const [course, random, ...rest] = parts.slice(1) as string[];
		const attempt = version === '2' ? rest.shift()! : undefined;
		const salt = version === '2' ? rest.shift()! : 'AA';
		if (salt.length !== 2) return undefined;
		const [phaseChar, current, events] = rest as [string, string, string];
		if (
			course!.length !== 6 ||
			random!.length !== 6 ||
			(attempt !== undefined && attempt.length !== 6) ||
			events.length % EVENT_LENGTH !== 0
		)
			return undefined;
		const phase = (Object.keys(PHASES) as SuspendPhase[]).find((p) => PHASES[p] === phaseChar);
		if (!phase) return undefined;
		if (current !== '-' && (current.length !== 4 || !isCode(current))) return undefined;
		const decoded: DecodedSuspend['events'] = [];
		const seen = new Set<string>();
		for (let i = 0; i < events.length; i += EVENT_LENGTH) {
			const code = events.slice(i, i + 4);
			if (!isCode(code) || seen.has(code)) return undefined;
			seen.add(code);
			const outcome = decodeNumber(events.slice(i + 4, i + EVENT_LENGTH));
			if (outcome > 2 * CREDIT_STEPS + 1) return undefined;
			const remediated = outcome > CREDIT_STEPS;
			const level = remediated ? outcome - CREDIT_STEPS - 1 : outcome;
			// Only a wrong or partly wrong answer sends the learner back to the passage.
			if (remediated && level === CREDIT_STEPS) return undefined;
			decoded.push({ code, credit: level / CREDIT_STEPS, remediated });
		}
		return {
			courseHash: decodeNumber(course!),
			random: decodeNumber(random!),
			...(attempt !== undefined ? { attempt: decodeNumber(attempt) } : {}),
			salt: decodeNumber(salt),
			phase,
			current: current === '-' ? undefined : current,
			events: decoded
		};
	} catch {
		return undefined;
	}
}

function isCode(text: string): boolean {
	return [...text].every((c) => ALPHABET.includes(c));
}

/** The attempt token in suspend data, if it holds one (for the tracker's outbox). */
export function suspendAttempt(text: string): number | undefined {
	return decodeSuspend(text)?.attempt;
}

/**
 * Maps the stored id codes back to this course's question ids (unknown codes are dropped).
 * Under the course's own salt no two ids clash; data written with another salt (a republished
 * course) can make two of today's ids share a code, and both are dropped rather than guessed.
 */
export function resolveCodes(questionIds: readonly string[], salt = 0): Map<string, string> {
	const byCode = new Map<string, string>();
	const clash = new Set<string>();
	for (const id of questionIds) {
		const code = idCode(id, salt);
		if (byCode.has(code)) clash.add(code);
		byCode.set(code, id);
	}
	for (const code of clash) byCode.delete(code);
	return byCode;
}
