import { MOODLE_DECIMAL_2004 } from './format';
/**
 * A strict checker for every value the content sends to a SCORM 1.2 LMS: the spec's formats
 * narrowed by Moodle's rules (SCORM-AND-MOODLE.md). scorm-again accepts more than Moodle does,
 * so tests run every write through this checker as well. Pure and stateful: it remembers each
 * interaction's type to check its response patterns.
 */

export interface Violation {
	element: string;
	value: string;
	rule: string;
}

const DECIMAL = /^-?\d{0,3}(\.\d{1,2})?$/;
const TIMESPAN = /^\d{2,4}:[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/;
const IDENTIFIER = /^[\x21-\x7E]{1,255}$/;
const KEY = '[0-9a-z]';
const KEY_LIST = new RegExp(`^${KEY}(,${KEY})*$`);
const PAIR_LIST = new RegExp(`^${KEY}\\.${KEY}(,${KEY}\\.${KEY})*$`);

const INTERACTION_TYPES = [
	'true-false',
	'choice',
	'fill-in',
	'matching',
	'performance',
	'sequencing',
	'likert',
	'numeric'
];

/** Line terminators: `.` in the LMSs' patterns (^.*$) does not match them. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const oneLine = (v: string) => !LINE_BREAK.test(v);

const PATTERN_BY_TYPE: Record<string, (v: string) => boolean> = {
	'true-false': (v) => /^[tf01]$/.test(v),
	choice: (v) => KEY_LIST.test(v),
	sequencing: (v) => KEY_LIST.test(v),
	matching: (v) => PAIR_LIST.test(v),
	numeric: (v) => /^-?\d+(\.\d+)?$/.test(v),
	'fill-in': (v) => v.length <= 255 && oneLine(v),
	likert: (v) => v.length <= 1,
	performance: (v) => v.length <= 255 && oneLine(v)
};

type Rule = [test: (value: string) => boolean, rule: string];

const FIXED: Record<string, Rule> = {
	'cmi.core.lesson_status': [
		(v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(v),
		'one of passed, completed, failed, incomplete, browsed'
	],
	'cmi.core.score.raw': [
		(v) => isPercent(v),
		'a decimal 0-100, at most 3 integer digits and 2 decimals'
	],
	'cmi.core.score.min': [(v) => isPercent(v), 'a decimal 0-100'],
	'cmi.core.score.max': [(v) => isPercent(v), 'a decimal 0-100'],
	'cmi.core.session_time': [(v) => TIMESPAN.test(v), 'HHHH:MM:SS.SS with 2-4 hour digits'],
	'cmi.core.exit': [
		(v) => ['time-out', 'suspend', 'logout', ''].includes(v),
		'time-out, suspend, logout or empty'
	],
	'cmi.core.lesson_location': [(v) => v.length <= 255, 'at most 255 characters'],
	'cmi.suspend_data': [(v) => v.length <= 4096, 'at most 4096 characters'],
	'cmi.comments': [(v) => v.length <= 4096, 'at most 4096 characters']
};

function isPercent(v: string): boolean {
	return DECIMAL.test(v) && v !== '' && !v.startsWith('-') && Number(v) >= 0 && Number(v) <= 100;
}

export class Strict12Checker {
	readonly violations: Violation[] = [];
	#types = new Map<number, string>();
	#count: number;

	/** `interactions`: how many the LMS already holds from earlier launches. */
	constructor(interactions = 0) {
		this.#count = interactions;
	}

	/** Checks one LMSSetValue; returns the violations it found (also kept in `violations`). */
	check(element: string, value: string): Violation[] {
		const found: Violation[] = [];
		const fail = (rule: string) => found.push({ element, value, rule });
		const fixed = FIXED[element];
		const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
		if (fixed) {
			if (!fixed[0](value)) fail(fixed[1]);
		} else if (m) {
			this.#checkInteraction(Number(m[1]), m[2]!, value, fail);
		} else if (/^cmi\.objectives\.\d+\.(id)$/.test(element)) {
			if (!IDENTIFIER.test(value))
				fail('an identifier: 1-255 printable ASCII characters, no spaces');
		} else if (/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/.test(element)) {
			if (!isPercent(value)) fail('a decimal 0-100');
		} else if (/^cmi\.objectives\.\d+\.status$/.test(element)) {
			if (
				!['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'].includes(value)
			)
				fail('a CMI status');
		} else {
			fail('an element this content is not expected to write');
		}
		this.violations.push(...found);
		return found;
	}

	#checkInteraction(n: number, field: string, value: string, fail: (rule: string) => void): void {
		if (field === 'id') {
			if (n !== this.#count)
				fail(`a new interaction: expected index ${this.#count} (interactions are write-once)`);
			else this.#count += 1;
			if (!IDENTIFIER.test(value))
				fail('an identifier: 1-255 printable ASCII characters, no spaces');
			return;
		}
		if (n >= this.#count) fail('written after the interaction id');
		const type = this.#types.get(n);
		if (field === 'type') {
			if (!INTERACTION_TYPES.includes(value)) fail(`one of ${INTERACTION_TYPES.join(', ')}`);
			else this.#types.set(n, value);
		} else if (/^objectives\.\d+\.id$/.test(field)) {
			if (!IDENTIFIER.test(value)) fail('an identifier');
		} else if (field === 'time') {
			if (!TIME.test(value)) fail('HH:MM:SS');
		} else if (field === 'latency') {
			if (!TIMESPAN.test(value)) fail('HHHH:MM:SS.SS');
		} else if (field === 'weighting') {
			if (!DECIMAL.test(value) || value === '') fail('a decimal');
		} else if (field === 'result') {
			if (
				!['correct', 'wrong', 'unanticipated', 'neutral'].includes(value) &&
				!(DECIMAL.test(value) && value !== '')
			)
				fail('correct, wrong, unanticipated, neutral or a decimal');
		} else if (field === 'student_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
			if (value.length > 255) fail('at most 255 characters');
			if (!type) fail('written after the interaction type');
			else if (!PATTERN_BY_TYPE[type]!(value)) fail(`a ${type} response in the SCORM 1.2 format`);
		} else {
			fail('an interaction field this content is not expected to write');
		}
	}
}

const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const TIMESTAMP = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const REAL = /^-?\d+(\.\d+)?$/;
const SHORT_ID = '[\\w.]{1,250}';
const ID_LIST = new RegExp(`^${SHORT_ID}(\\[,\\]${SHORT_ID})*$`);
const PAIRS = new RegExp(
	`^${SHORT_ID}\\[\\.\\]${SHORT_ID}(\\[,\\]${SHORT_ID}\\[\\.\\]${SHORT_ID})*$`
);
const LONG_ID = /^[\x21-\x7E]{1,4000}$/;

const TYPES_2004 = [...INTERACTION_TYPES, 'long-fill-in', 'other'];

/**
 * A 2004 localized string: one line, at most `max` characters; a leading `{` is only allowed as
 * a `{lang=…}` delimiter (LMSs refuse `{case_matters=…}` and the like as text).
 */
const LANG_DELIMITER = /^\{lang=([a-zA-Z]{1,8}|i|x)(-[a-zA-Z0-9-]{2,8})?\}/;
const langString = (v: string, max: number) => {
	const text = v.replace(LANG_DELIMITER, '');
	return oneLine(text) && !text.startsWith('{') && text.length <= max;
};
const fillInNodes = (v: string) => v.split('[,]');

const RESPONSE_2004: Record<string, (v: string) => boolean> = {
	'true-false': (v) => v === 'true' || v === 'false',
	choice: (v) => ID_LIST.test(v),
	sequencing: (v) => ID_LIST.test(v),
	matching: (v) => PAIRS.test(v),
	numeric: (v) => MOODLE_DECIMAL_2004.test(v),
	// scorm-again splits a fill-in on bare commas too: none is sent (see cmi2004.ts).
	'fill-in': (v) =>
		fillInNodes(v).length <= 10 &&
		fillInNodes(v).every((n) => langString(n, 250)) &&
		!v.includes(','),
	'long-fill-in': (v) => langString(v, 4000),
	likert: (v) => v.length <= 250,
	performance: (v) => v.length <= 250,
	other: (v) => v.length <= 4000
};

const PATTERN_2004: Record<string, (v: string) => boolean> = {
	...RESPONSE_2004,
	'fill-in': (v) =>
		RESPONSE_2004['fill-in']!(v) && !v.includes(',') && fillInNodes(v).every((n) => n.trim() === n),
	numeric: (v) =>
		MOODLE_DECIMAL_2004.test(v) ||
		(/^[^[]*\[:\][^[]*$/.test(v) &&
			v.split('[:]').every((part) => part === '' || MOODLE_DECIMAL_2004.test(part)))
};

const isScaled = (v: string) => REAL.test(v) && Number(v) >= -1 && Number(v) <= 1;

const FIXED_2004: Record<string, Rule> = {
	'cmi.completion_status': [
		(v) => ['completed', 'incomplete', 'not attempted', 'unknown'].includes(v),
		'completed, incomplete, not attempted or unknown'
	],
	'cmi.success_status': [
		(v) => ['passed', 'failed', 'unknown'].includes(v),
		'passed, failed or unknown'
	],
	'cmi.score.raw': [(v) => isPercent(v), 'a decimal 0-100 (Moodle grades the raw score)'],
	'cmi.score.min': [(v) => isPercent(v), 'a decimal 0-100'],
	'cmi.score.max': [(v) => isPercent(v), 'a decimal 0-100'],
	'cmi.score.scaled': [isScaled, 'a real in -1..1'],
	'cmi.session_time': [(v) => DURATION.test(v), 'an ISO 8601 duration with at most 2 decimals'],
	'cmi.exit': [
		(v) => ['time-out', 'suspend', 'logout', 'normal', ''].includes(v),
		'time-out, suspend, logout, normal or empty'
	],
	'cmi.location': [(v) => v.length <= 1000, 'at most 1000 characters'],
	'cmi.suspend_data': [(v) => v.length <= 64000, 'at most 64000 characters']
};

/** The same strict check for SCORM 2004 4th Edition values (see Strict12Checker). */
export class Strict2004Checker {
	readonly violations: Violation[] = [];
	#types = new Map<number, string>();
	#count: number;

	/** `interactions`: how many the LMS already holds from earlier launches. */
	constructor(interactions = 0) {
		this.#count = interactions;
	}

	check(element: string, value: string): Violation[] {
		const found: Violation[] = [];
		const fail = (rule: string) => found.push({ element, value, rule });
		const fixed = FIXED_2004[element];
		const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
		const objective = /^cmi\.objectives\.(\d+)\.(.+)$/.exec(element);
		if (fixed) {
			if (!fixed[0](value)) fail(fixed[1]);
		} else if (interaction) {
			this.#interaction(Number(interaction[1]), interaction[2]!, value, fail);
		} else if (objective) {
			const field = objective[2]!;
			if (field === 'id') {
				if (!LONG_ID.test(value)) fail('an identifier without spaces');
			} else if (field === 'score.scaled') {
				if (!isScaled(value)) fail('a real in -1..1');
			} else if (/^score\.(raw|min|max)$/.test(field)) {
				if (!isPercent(value)) fail('a decimal 0-100');
			} else if (field === 'success_status') {
				if (!['passed', 'failed', 'unknown'].includes(value)) fail('passed, failed or unknown');
			} else if (field === 'completion_status') {
				if (!['completed', 'incomplete', 'not attempted', 'unknown'].includes(value))
					fail('a completion status');
			} else fail('an objective field this content is not expected to write');
		} else {
			fail('an element this content is not expected to write');
		}
		this.violations.push(...found);
		return found;
	}

	#interaction(n: number, field: string, value: string, fail: (rule: string) => void): void {
		if (field === 'id') {
			if (n !== this.#count) fail(`a new interaction: expected index ${this.#count}`);
			else this.#count += 1;
			if (!LONG_ID.test(value)) fail('an identifier without spaces');
			return;
		}
		if (n >= this.#count) fail('written after the interaction id');
		const type = this.#types.get(n);
		if (field === 'type') {
			if (!TYPES_2004.includes(value)) fail(`one of ${TYPES_2004.join(', ')}`);
			else this.#types.set(n, value);
		} else if (/^objectives\.\d+\.id$/.test(field)) {
			if (!LONG_ID.test(value)) fail('an identifier without spaces');
		} else if (field === 'timestamp') {
			if (!TIMESTAMP.test(value)) fail('YYYY-MM-DDThh:mm:ss, without fraction or zone (Moodle)');
		} else if (field === 'latency') {
			if (!DURATION.test(value)) fail('an ISO 8601 duration with at most 2 decimals');
		} else if (field === 'weighting') {
			if (!REAL.test(value)) fail('a real');
		} else if (field === 'description') {
			if (!langString(value, 250))
				fail('one line of at most 250 characters, not starting with { (a localized string)');
		} else if (field === 'result') {
			if (
				!['correct', 'incorrect', 'unanticipated', 'neutral'].includes(value) &&
				!REAL.test(value)
			)
				fail('correct, incorrect, unanticipated, neutral or a real');
		} else if (field === 'learner_response' || /^correct_responses\.\d+\.pattern$/.test(field)) {
			if (!type) fail('written after the interaction type');
			else if (!(field === 'learner_response' ? RESPONSE_2004 : PATTERN_2004)[type]!(value))
				fail(
					`a ${type} ${field === 'learner_response' ? 'response' : 'pattern'} in the SCORM 2004 format`
				);
		} else {
			fail('an interaction field this content is not expected to write');
		}
	}
}
