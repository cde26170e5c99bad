import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	courseHash,
	decodeSuspend,
	encodeSuspend,
	idCode,
	resolveCodes,
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
			phase: 'remediation',
			current: ids[3],
			events: [
				{ item: ids[0]!, credit: 1, remediated: false },
				{ item: ids[3]!, credit: 0.5, remediated: true },
				{ item: ids[7]!, credit: 0, remediated: false }
			]
		};
		const text = encodeSuspend(state);
		expect(text).toMatch(/^2~[\w-]{6}~[\w-]{6}~[\w-]{6}~r~[\w-]{4}~([\w-]{6})+$/);
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
			phase: 'remediation',
			current: ids[199],
			events: ids.map((item) => ({ item, credit: 0.375, remediated: true }))
		});
		expect(text.length).toBeLessThanOrEqual(4096);
		// 30 characters of header, 6 per answer.
		expect(text.length).toBe(30 + 6 * 200);
		expect(decodeSuspend(text)!.events).toHaveLength(200);
	});

	test('credits are kept in 120ths: halves, thirds, quarters, fifths exactly', () => {
		const text = encodeSuspend({
			courseHash: 1,
			random: 2,
			attempt: 3,
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
		const header = '2~AAAAAB~AAAAAC~AAAAAD~q~-~';
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
