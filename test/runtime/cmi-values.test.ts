/**
 * Values an LMS accepts, always (issue 12, point 8): arbitrary author text and learner answers,
 * arbitrary numbers, through the SCORM 1.2 and 2004 mappings into the real scorm-again and the
 * strict checkers. Not one write may be refused.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Question } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import { answerWrites12 } from '../../src/lib/tracking/cmi12';
import { answerWrites2004 } from '../../src/lib/tracking/cmi2004';
import { Strict12Checker, Strict2004Checker } from '../../src/lib/tracking/conformance';
import type { CmiWrite } from '../../src/lib/tracking/types';
import { fillIn, numeric, singleChoice } from '../unit/helpers';
import { Scorm12API, Scorm2004API } from '../lib/scorm-again';

/** Any text, with the pieces that break CMI values mixed in often. */
const hostile = fc
	.array(
		fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.constantFrom(
				'{lang=fr}',
				'{case_matters=true}',
				'{order_matters=false}',
				'{',
				'\n',
				'\r\n',
				'\u2028',
				'\u2029',
				'\t',
				'\u0000',
				'\u0007',
				'\u0085',
				'[,]',
				'[.]',
				'[:]',
				',',
				' ',
				'<!--',
				'</script>',
				'😀',
				'\uD800'
			)
		),
		{ maxLength: 12 }
	)
	.map((parts) => parts.join(''));

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

/** What a learner can type in a number field, and what parses to awkward numbers. */
const typedNumber = fc.oneof(
	finite.map(String),
	fc.integer().map(String),
	fc.constantFrom('1e300', '-1e300', '1e-300', '1e400', '1,000,000', '9,5', '0.0000001', '-0'),
	hostile
);

const numericQuestion = fc.oneof(
	fc
		.record({ answer: finite, tolerance: fc.double({ min: 0, noNaN: true, max: 1e308 }) })
		.map((r) => numeric(r)),
	fc.tuple(finite, finite).map(([a, b]) => numeric({ min: Math.min(a, b), max: Math.max(a, b) }))
);

const answered = fc.oneof(
	fc
		.record({ prompt: hostile, answers: fc.array(hostile, { minLength: 1, maxLength: 4 }) })
		.chain(({ prompt, answers }) =>
			hostile.map((response) => {
				const question: Question = { ...fillIn(answers), prompt };
				return { question, response: response as AnyResponse };
			})
		),
	fc
		.record({ prompt: hostile, q: numericQuestion, typed: typedNumber })
		.map(({ prompt, q, typed }) => ({
			question: { ...q, prompt } as Question,
			response: typed as AnyResponse
		})),
	hostile.map((prompt) => ({
		question: { ...singleChoice('sc'), prompt } as Question,
		response: 'b' as AnyResponse
	}))
);

const at = new Date(2026, 10, 26, 10, 0, 0).getTime();
const record = ({ question, response }: { question: Question; response: AnyResponse }) => ({
	question,
	response,
	score: { correct: false, credit: 0 },
	context: { passage: '' },
	shownAt: at,
	answeredAt: at + 1_500
});

/** Each refused write, as "element = value → error code" (scorm-again) or the checker's rule. */
function refused12(writes: CmiWrite[]): string[] {
	const api = new Scorm12API({ logLevel: 5, autocommit: false });
	api.loadFromJSON({ core: { credit: 'credit', lesson_mode: 'normal', entry: 'ab-initio' } });
	api.LMSInitialize('');
	const checker = new Strict12Checker();
	const out: string[] = [];
	for (const [element, value] of writes) {
		api.LMSSetValue(element, value);
		const code = String(api.LMSGetLastError());
		if (code !== '0') out.push(`${element} = ${JSON.stringify(value)} → scorm-again ${code}`);
		for (const v of checker.check(element, value))
			out.push(`${element} = ${JSON.stringify(value)} → ${v.rule}`);
	}
	return out;
}

function refused2004(writes: CmiWrite[]): string[] {
	const api = new Scorm2004API({ logLevel: 5, autocommit: false });
	api.loadFromJSON({ mode: 'normal', credit: 'credit', entry: 'ab-initio' });
	api.Initialize('');
	const checker = new Strict2004Checker();
	const out: string[] = [];
	for (const [element, value] of writes) {
		api.SetValue(element, value);
		const code = String(api.GetLastError());
		if (code !== '0') out.push(`${element} = ${JSON.stringify(value)} → scorm-again ${code}`);
		for (const v of checker.check(element, value))
			out.push(`${element} = ${JSON.stringify(value)} → ${v.rule}`);
	}
	return out;
}

describe('every answer is recorded as values the LMS accepts (property)', () => {
	test('SCORM 1.2: scorm-again and the strict checker accept every write', () => {
		fc.assert(
			fc.property(answered, (a) => {
				expect(refused12(answerWrites12(0, record(a)))).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	test('SCORM 2004: scorm-again and the strict checker accept every write', () => {
		fc.assert(
			fc.property(answered, (a) => {
				expect(refused2004(answerWrites2004(0, record(a)))).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});
});

describe('the cases found by hand (issue 12, point 8)', () => {
	const writes2004 = (question: Question, response: AnyResponse) =>
		new Map(answerWrites2004(0, record({ question, response })));
	const writes12 = (question: Question, response: AnyResponse) =>
		new Map(answerWrites12(0, record({ question, response })));

	test('a line break in a prompt: the 2004 description is one line', () => {
		const w = writes2004({ ...singleChoice(), prompt: 'Which\nsummit?\u2028Pick one.' }, 'b');
		expect(w.get('cmi.interactions.0.description')).toBe('Which summit? Pick one.');
		expect(refused2004([...w])).toEqual([]);
	});

	test('a typed 1e300 is sent as 1e+300 in a fill-in, never as 301 digits', () => {
		for (const [w, refused] of [
			[writes12(numeric({ answer: 10 }), '1e300'), refused12],
			[writes2004(numeric({ answer: 10 }), '1e300'), refused2004]
		] as const) {
			const response =
				w.get('cmi.interactions.0.student_response') ??
				w.get('cmi.interactions.0.learner_response');
			expect(w.get('cmi.interactions.0.type')).toBe('fill-in');
			expect(response).toBe('1e+300');
			expect(refused([...w])).toEqual([]);
		}
		expect(writes12(numeric({ answer: 10 }), '9,5').get('cmi.interactions.0.type')).toBe('numeric');
	});

	test('2004 fill-in text that starts with a delimiter is neutralised, not refused', () => {
		for (const typed of ['{lang=fr}bonjour', '{case_matters=true}Seoul', '{order_matters=false}']) {
			const w = writes2004(fillIn([typed, 'Seoul']), typed);
			expect(w.get('cmi.interactions.0.learner_response')).toBe(`\uFF5B${typed.slice(1)}`);
			expect(w.get('cmi.interactions.0.correct_responses.0.pattern')).toBe(
				`\uFF5B${typed.slice(1)}`
			);
			expect(refused2004([...w])).toEqual([]);
		}
	});
});
