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

const PATTERN_BY_TYPE: Record<string, (v: string) => boolean> = {
	'true-false': (v) => /^[tf01]$/.test(v),
	choice: (v) => KEY_LIST.test(v),
	sequencing: (v) => KEY_LIST.test(v),
	matching: (v) => PAIR_LIST.test(v),
	numeric: (v) => /^-?\d+(\.\d+)?$/.test(v),
	'fill-in': (v) => v.length <= 255,
	likert: (v) => v.length <= 1,
	performance: (v) => v.length <= 255
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
	#count = 0;

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
