import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatIssue } from '../../src/lib/content/errors';
import { Engine, type EngineItem } from '../../src/lib/engine/engine';
import { lessonParams, questionCaps } from '../../src/lib/engine/range';
import {
	courseHash,
	decodeSuspend,
	encodeSuspend,
	codeSalt,
	idCode,
	quantizeCredit,
	resolveCodes,
	SUSPEND_ANSWERS_12,
	suspendAttempt,
	type SuspendState
} from '../../src/lib/tracking/suspend';

const ids = Array.from(
	{ length: 200 },
	(_, i) => `question-number-${i}-with-a-long-descriptive-id`
);

describe('suspend data codec', () => {
	test('round trip: phase, random state, course hash and every event', () => {
		const state: SuspendState = {
			courseHash: courseHash(ids, ['a', 'b']),
			random: 0xdeadbeef,
			attempt: 0x12345678,
			salt: 0,
			phase: 'remediation',
			current: ids[3],
			events: [
				{ item: ids[0]!, credit: 1, remediated: false },
				{ item: ids[3]!, credit: 0.5, remediated: true },
				{ item: ids[7]!, credit: 0, remediated: false }
			]
		};
		const text = encodeSuspend(state);
		expect(text).toMatch(/^2~[\w-]{6}~[\w-]{6}~[\w-]{6}~[\w-]{2}~r~[\w-]{4}~([\w-]{6})+$/);
		const back = decodeSuspend(text)!;
		expect(back.courseHash).toBe(state.courseHash);
		expect(back.random).toBe(state.random);
		expect(back.attempt).toBe(0x12345678);
		expect(suspendAttempt(text)).toBe(0x12345678);
		expect(back.phase).toBe('remediation');
		expect(back.current).toBe(idCode(ids[3]!));
		const codes = resolveCodes(ids);
		expect(back.events.map((e) => [codes.get(e.code), e.credit, e.remediated])).toEqual([
			[ids[0], 1, false],
			[ids[3], 0.5, true],
			[ids[7], 0, false]
		]);
	});

	test('worst case: all 200 questions of a bank answered with remediations fits SCORM 1.2’s 4096', () => {
		const text = encodeSuspend({
			courseHash: 0xffffffff,
			random: 0xffffffff,
			attempt: 0xffffffff,
			salt: 4095,
			phase: 'remediation',
			current: ids[199],
			events: ids.map((item) => ({ item, credit: 0.375, remediated: true }))
		});
		expect(text.length).toBeLessThanOrEqual(4096);
		// 33 characters of header, 6 per answer.
		expect(text.length).toBe(33 + 6 * 200);
		expect(decodeSuspend(text)!.events).toHaveLength(200);
	});

	test('credits are kept in 120ths: halves, thirds, quarters, fifths exactly', () => {
		const text = encodeSuspend({
			courseHash: 1,
			random: 2,
			attempt: 3,
			salt: 0,
			phase: 'question',
			events: [0, 0.1, 0.5, 2 / 3, 0.75, 0.8, 1, 0.123].map((credit) => ({
				item: `x${credit}`,
				credit,
				remediated: false
			}))
		});
		expect(decodeSuspend(text)!.events.map((e) => e.credit)).toEqual(
			[0, 0.1, 0.5, 2 / 3, 0.75, 0.8, 1, 15 / 120].map((c) => Math.round(c * 120) / 120)
		);
	});

	test('the 200 ids have distinct codes; clashing codes are dropped, not guessed', () => {
		expect(resolveCodes(ids).size).toBe(200);
		// Find two ids whose 24-bit codes collide (a birthday search), then resolve them.
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let i = 0; i < 50_000 && !pair; i++) {
			const id = `question-${(i * 2654435761) >>> 0}`;
			const other = seen.get(idCode(id));
			if (other) pair = [other, id];
			else seen.set(idCode(id), id);
		}
		expect(pair).toBeDefined();
		const resolved = resolveCodes([...pair!, 'unrelated']);
		expect([...resolved.values()]).toEqual(['unrelated']);
	});

	test('anything else decodes to undefined, never throws', () => {
		for (const bad of [
			'',
			'garbage',
			'3~AAAAAA~AAAAAA~AAAAAA~q~-~',
			'2~AAAAAA~AAAAAA~q~-~',
			'1~AAAAAA~AAAAAA~AAAAAA~q~-~',
			'2~AAAAAA~AAAAAA~AAAAAA~q~-~',
			'2~AAAAAA~AAAAAA~AAAAAA~A~q~-~',
			'1~AAAAAA~AAAAAA~x~-~',
			'1~AAAAAA~AAAAAA~q~-~AAAA',
			'1~AAAAAA~AAAAAA~q~-~AAAA__'
		])
			expect(decodeSuspend(bad)).toBeUndefined();
		fc.assert(
			fc.property(fc.string(), (text) => {
				const result = decodeSuspend(text);
				if (result)
					expect(encodeSuspend({ attempt: 0, ...result, events: [] }).startsWith('2~')).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	test('version 1 (before attempt tokens) is still read, without a token', () => {
		const back = decodeSuspend(`1~AAAAAB~AAAAAC~q~-~${idCode('x')}AA`)!;
		expect(back).toMatchObject({ courseHash: 1, random: 2, phase: 'question' });
		expect(back.attempt).toBeUndefined();
		expect(back.events).toHaveLength(1);
	});

	test('impossible logs are refused: a question twice, a re-reading after a right answer', () => {
		const header = '2~AAAAAB~AAAAAC~AAAAAD~AA~q~-~';
		const right = 'B4'; // 120: full credit
		const wrongReread = 'B5'; // 121: no credit, then re-read
		const rightReread = 'D5'; // 241: full credit "then re-read"
		expect(
			decodeSuspend(`${header}${idCode('a')}${right}${idCode('b')}${wrongReread}`)
		).toBeDefined();
		expect(
			decodeSuspend(`${header}${idCode('a')}${right}${idCode('a')}${wrongReread}`)
		).toBeUndefined();
		expect(decodeSuspend(`${header}${idCode('a')}${rightReread}`)).toBeUndefined();
	});
});

describe('resume cannot lose an answer', () => {
	const bankOf = (ids: string[], objectives: number): EngineItem[] =>
		ids.map((id, i) => ({
			id,
			objective: `o${i % objectives}`,
			passage: 'p1',
			difficulty: 2,
			guess: 0.25
		}));

	test('generated banks up to 10,000 ids and 200 objectives: own codes, exact round trip, 1.2 fits', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: 1, max: 200 }),
				fc.string({ minLength: 1, maxLength: 12 }),
				fc.constantFrom<'adaptive' | 'fixed'>('adaptive', 'fixed'),
				(n, objectiveCount, prefix, sequence) => {
					const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
					const salt = codeSalt(ids);
					// No clash goes unreported: either a salt gives every id its own code, or none.
					expect(salt).toBeDefined();
					expect(resolveCodes(ids, salt).size).toBe(n);
					const objectives = Array.from({ length: Math.min(objectiveCount, n) }, (_, i) => `o${i}`);
					const engine = new Engine({
						items: bankOf(ids, objectives.length),
						objectives,
						seed: 1,
						params: lessonParams({ sequence }, 'scorm12')
					});
					// The worst case under SCORM 1.2: every question the lesson may ask answered
					// (the wrong and partly wrong ones re-read), with a question on screen.
					const events = ids
						.slice(0, engine.cap)
						.map((item, i) => ({ item, credit: (i % 7) / 6, remediated: i % 7 < 6 }));
					const text = encodeSuspend({
						courseHash: 0xffffffff,
						random: 0xffffffff,
						attempt: 0xffffffff,
						salt: salt!,
						phase: 'question',
						current: ids.at(-1),
						events
					});
					expect(text.length).toBeLessThanOrEqual(4096);
					const back = decodeSuspend(text)!;
					const names = resolveCodes(ids, back.salt);
					expect(back.events.map((e) => [names.get(e.code), e.credit])).toEqual(
						events.map((e) => [e.item, quantizeCredit(e.credit)])
					);
				}
			),
			{ numRuns: 25 }
		);
	});

	test('SCORM 1.2 holds 677 answers: the lesson asks no more there, and as many as it likes elsewhere', () => {
		expect(SUSPEND_ANSWERS_12).toBe(677);
		const ids = Array.from({ length: 2000 }, (_, i) => `q${i}`);
		const make = (standard?: 'scorm12') =>
			new Engine({
				items: bankOf(ids, 10),
				objectives: Array.from({ length: 10 }, (_, i) => `o${i}`),
				seed: 1,
				params: lessonParams({ sequence: 'fixed' }, standard)
			}).cap;
		expect(make('scorm12')).toBe(677);
		expect(make()).toBe(2000);
		// What the build compares to warn the author (both numbers named in its message).
		const course = {
			id: 'big',
			title: 'Big',
			masteryScore: 70,
			sequence: 'fixed' as const,
			objectives: Array.from({ length: 10 }, (_, i) => ({
				id: `o${i}`,
				title: 'O',
				passages: ['p1']
			})),
			article: { id: 'a', title: 'A', source: 'S', passages: [{ id: 'p1', text: 'One.' }] },
			questions: ids.map((id, i) => ({
				id,
				type: 'true-false' as const,
				objective: `o${i % 10}`,
				passage: 'p1',
				quote: 'One',
				difficulty: 2 as const,
				prompt: 'P',
				explanation: 'E',
				answer: true,
				feedback: { true: 'Yes', false: 'No' }
			}))
		};
		expect(questionCaps(course)).toEqual({ scorm12: 677, other: 2000 });
	});

	test('two ids whose codes clash under one salt get their own under the next; none left is reported', () => {
		const seen = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (let i = 0; i < 50_000 && !pair; i++) {
			const id = `question-${(i * 2654435761) >>> 0}`;
			const other = seen.get(idCode(id));
			if (other) pair = [other, id];
			else seen.set(idCode(id), id);
		}
		expect(codeSalt(pair!)).toBe(1);
		expect(codeSalt(pair!, 1)).toBeUndefined();
		expect(
			formatIssue({
				code: 'id-codes-clash',
				file: 'questions/big',
				subject: { kind: 'course', id: 'big' },
				path: [],
				params: { count: 20_000 }
			})
		).toBe(
			[
				'questions/big → course "big"',
				'  The 20000 question ids of this course cannot all be given their own resume code.',
				'  Hint: Split the course into two courses (two folders, two packages). [id-codes-clash]'
			].join('\n')
		);
	});
});
