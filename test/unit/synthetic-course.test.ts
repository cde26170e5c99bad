/** The benchmarks' synthetic courses: valid, and no copy repeats another's text (issue 11). */
import path from 'node:path';
import { expect, test } from 'vitest';
import {
	cipherFor,
	cipherQuestion,
	SYNTHETIC_DIR,
	writeSyntheticCourse
} from '../../scripts/bench/lib/synthetic-course';
import { checkCourseDir } from '../../scripts/lib/validate-all';

test('each copy writes its own text in a letter cipher; quotations stay as the article has them', () => {
	expect(cipherFor(0)('The article says "Kim Jong Un" went.')).toBe(
		'The article says "Kim Jong Un" went.'
	);
	const one = cipherFor(1);
	const text = 'The Article says "Kim Jong Un" went, and “Putin” too.';
	const ciphered = one(text);
	expect(ciphered).not.toBe(text);
	expect(ciphered).toContain('"Kim Jong Un"');
	expect(ciphered).toContain('“Putin”');
	// Same shape: lengths, spaces, punctuation and case.
	expect(ciphered.replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A')).toBe(
		text.replace(/[a-z]/g, 'a').replace(/[A-Z]/g, 'A')
	);
	// One letter always becomes the same letter (repeats within a copy survive), vowels stay vowels.
	expect(one('aaaa eeee')).toMatch(/^([aeiou])\1{3} ([aeiou])\2{3}$/);
	expect(cipherFor(2)(text)).not.toBe(ciphered);
});

test('ids, quotes and match targets are kept; author text is ciphered', () => {
	const question = {
		id: 'q-one',
		quote: 'verbatim text',
		prompt: 'Which one?',
		premises: [{ id: 'p', text: 'Premise', match: 't' }],
		answer: 70,
		feedback: { correct: 'Right', incorrect: 'Wrong' }
	};
	const out = cipherQuestion(question, cipherFor(3)) as typeof question;
	expect(out.id).toBe('q-one');
	expect(out.quote).toBe('verbatim text');
	expect(out.premises[0]!.match).toBe('t');
	expect(out.premises[0]!.id).toBe('p');
	expect(out.answer).toBe(70);
	expect(out.prompt).not.toBe('Which one?');
	expect(out.feedback.correct).not.toBe('Right');
});

test('a synthetic course of 120 questions is a valid course', async () => {
	const dir = await writeSyntheticCourse(120);
	expect(path.dirname(dir)).toBe(SYNTHETIC_DIR);
	const { issues, course } = await checkCourseDir(dir);
	expect(issues).toEqual([]);
	expect(course!.questions).toHaveLength(120);
	const prompts = new Set(course!.questions.map((q) => q.prompt));
	expect(prompts.size).toBe(120);
}, 60_000);
