/**
 * Property test: the validator, fed malformed banks, always returns errors and never throws
 * (nor does formatting them). Malformed questions are made from real, valid seed questions of
 * every type by one mutation that is sure to break them.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { QUESTIONS_DIR } from '../../scripts/lib/load-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';
import { checkCourse } from '../../src/lib/content/check';
import { formatIssues } from '../../src/lib/content/errors';
import { loadCourse } from '../../scripts/lib/load-course';

const dir = path.join(QUESTIONS_DIR, 'north-korea-russia');
const { source } = await loadCourse(dir);
const { course } = await checkCourseDir(dir);
const seeds = course!.questions as unknown as Record<string, unknown>[];

function check(questions: unknown) {
	const issues = checkCourse({
		source: { ...source, banks: [{ file: 'questions/x/bank.ts', questions }] }
	});
	expect(() => formatIssues(issues)).not.toThrow();
	return issues;
}

const ALL_KEYS = new Set(seeds.flatMap((s) => Object.keys(s)));
const OPTIONAL = new Set([
	'anticipated',
	'distractors',
	'tolerance',
	'min',
	'max',
	'answer',
	'unit'
]);
const STRING_FIELDS = ['id', 'objective', 'passage', 'quote', 'prompt', 'explanation'];

const notAString = fc.oneof(
	fc.integer(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.string(), { maxLength: 3 }),
	fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 })
);

/** One mutation that always makes a valid question invalid. */
const mutation = fc.oneof(
	fc.record({ kind: fc.constant('drop' as const), pick: fc.nat() }),
	fc.record({ kind: fc.constant('retype' as const), pick: fc.nat(), value: notAString }),
	fc.record({
		kind: fc.constant('difficulty' as const),
		value: fc.anything().filter((v) => v !== 1 && v !== 2 && v !== 3)
	}),
	fc.record({
		kind: fc.constant('unknown-key' as const),
		key: fc
			.string({ minLength: 1 })
			.filter((k) => !ALL_KEYS.has(k) && !/^(__proto__|constructor)$/.test(k)),
		value: fc.anything()
	}),
	fc.record({
		kind: fc.constant('type' as const),
		value: fc.string().filter((t) => !seeds.some((s) => s.type === t))
	}),
	fc.record({
		kind: fc.constant('not-an-object' as const),
		value: fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.boolean())
	})
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function apply(seed: Record<string, unknown>, m: Mutation): unknown {
	const q: Record<string, unknown> = structuredClone(seed);
	switch (m.kind) {
		case 'drop': {
			const required = Object.keys(q).filter((k) => !OPTIONAL.has(k));
			delete q[required[m.pick % required.length]!];
			return q;
		}
		case 'retype':
			q[STRING_FIELDS[m.pick % STRING_FIELDS.length]!] = m.value;
			return q;
		case 'difficulty':
			q.difficulty = m.value;
			return q;
		case 'unknown-key':
			q[m.key] = m.value;
			return q;
		case 'type':
			q.type = m.value;
			return q;
		case 'not-an-object':
			return m.value;
	}
}

describe('the validator on malformed banks', () => {
	test('the seed questions themselves are valid (the mutations start from valid data)', () => {
		expect(check(seeds)).toEqual([]);
	});

	test('one broken question among valid ones: errors, never a throw', () => {
		fc.assert(
			fc.property(fc.nat({ max: seeds.length - 1 }), mutation, (index, m) => {
				const bank = seeds.map((s, i) => (i === index ? apply(s, m) : s));
				const issues = check(bank);
				expect(issues.length).toBeGreaterThan(0);
				expect(issues.every((issue) => issue.file === 'questions/x/bank.ts')).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	test('a bank that is not a list: errors, never a throw', () => {
		fc.assert(
			fc.property(
				fc.anything().filter((v) => !Array.isArray(v)),
				(bank) => {
					expect(check(bank).length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 200 }
		);
	});

	test('anything at all: never a throw', () => {
		fc.assert(
			fc.property(fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 5 }), (bank) => {
				check(bank);
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(
				fc.anything({ maxDepth: 3 }),
				fc.anything({ maxDepth: 3 }),
				(courseMeta, article) => {
					const issues = checkCourse({
						source: { dir: 'questions/x', course: courseMeta, article, banks: [] }
					});
					expect(() => formatIssues(issues)).not.toThrow();
				}
			),
			{ numRuns: 200 }
		);
	});
});
