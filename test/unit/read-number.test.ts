/** Numbers as people type them in the course's language (issue 9, point 3). */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readNumber, separators } from '../../src/lib/content/normalize';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'ar', 'it', 'nl', 'pt-BR', 'de-CH'];

describe('readNumber', () => {
	test('each language’s own separators, and the forms learners type', () => {
		expect(readNumber('1,000,000', 'en')).toBe('1000000');
		expect(readNumber('1.5', 'en')).toBe('1.5');
		expect(readNumber('2,5', 'en')).toBe('2.5');
		expect(readNumber('1.000.000', 'de')).toBe('1000000');
		expect(readNumber('1,5', 'de')).toBe('1.5');
		expect(readNumber('1.000,25', 'de')).toBe('1000.25');
		expect(readNumber('1 000 000', 'fr')).toBe('1000000');
		expect(readNumber('1\u202f000,5', 'fr')).toBe('1000.5');
		expect(readNumber('1,5', 'fr')).toBe('1.5');
		expect(readNumber('1.5', 'fr')).toBe('1.5');
		expect(readNumber('1.234,5', 'es')).toBe('1234.5');
		expect(readNumber('١٬٢٣٤٫٥', 'ar')).toBe('1234.5');
		expect(readNumber("1'000'000", 'de-CH')).toBe('1000000');
		expect(readNumber('−3', 'en')).toBe('-3');
		expect(readNumber(' 70 ', 'en')).toBe('70');
	});

	test('text is not a number', () => {
		for (const text of ['', 'zzz', '12abc', '1..2', '1,2,3', 'seventy', '--3', '1.000.00'])
			expect(readNumber(text, 'de'), text).toBeUndefined();
		expect(readNumber('roughly 500', 'en')).toBeUndefined();
	});

	test('whatever Intl writes in a language, readNumber reads back (property, 9 languages)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...LANGUAGES),
				fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
				fc.integer({ min: 0, max: 99 }),
				fc.boolean(),
				(language, whole, hundredths, grouping) => {
					const value = whole + Math.sign(whole || 1) * (hundredths / 100);
					const text = new Intl.NumberFormat(language, {
						maximumFractionDigits: 2,
						useGrouping: grouping
					}).format(value);
					const read = readNumber(text, language);
					expect(read, `${language} ${text}`).toBeDefined();
					expect(Number(read)).toBeCloseTo(value, 6);
				}
			),
			{ numRuns: 2000 }
		);
	});

	test('an unknown language falls back to English separators', () => {
		expect(separators('zz-invalid-!!')).toEqual({ decimal: '.', group: ',' });
		expect(readNumber('1,000', 'zz-invalid-!!')).toBe('1000');
	});
});
