/**
 * Small numbers on the first screen without Intl (issue 11, point 1): the shapes the build
 * measures write every whole number from 0 to 999 and every whole percentage exactly as Intl
 * does, in many languages and digit systems; anything they cannot say goes to Intl; and a lesson
 * with shapes creates no Intl.NumberFormat for them.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { formatNumber, formatPercent, useNumberShapes } from '../../src/lib/i18n';
import { numberShapes, shapedNumber, shapedPercent } from '../../src/lib/i18n/number-shapes';

/** Catalog languages, other digit systems, percent before the number, RTL marks. */
const LANGUAGES = [
	'en',
	'fr',
	'de',
	'es',
	'ar',
	'ar-EG',
	'fa',
	'ps',
	'he',
	'tr',
	'sv',
	'de-CH',
	'bn',
	'hi-IN-u-nu-deva',
	'th-TH-u-nu-thai',
	'my',
	'zh-Hans-CN-u-nu-hanidec',
	'ja',
	'ru',
	'pt-BR'
];

describe('number shapes', () => {
	test.each(LANGUAGES)('%s: every whole number 0-999 and percentage as Intl writes it', (tag) => {
		const shapes = numberShapes(tag);
		expect(shapes, tag).toBeDefined();
		expect(shapes!.percent, tag).toBeDefined();
		const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
		const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
		for (let n = 0; n < 1000; n++) {
			expect(shapedNumber(n, tag, shapes), `${tag} ${n}`).toBe(plain.format(n));
			expect(shapedPercent(n, tag, shapes), `${tag} ${n}%`).toBe(percent.format(n / 100));
		}
	});

	test('what the shapes cannot say is left to Intl', () => {
		const en = numberShapes('en');
		for (const value of [1000, 12345, -1, 0.5, 64.7, NaN, Infinity])
			expect(shapedNumber(value, 'en', en), String(value)).toBeUndefined();
		// Shapes are only used for the exact tag they were measured for.
		expect(shapedNumber(7, 'ar-EG', numberShapes('ar'))).toBeUndefined();
		expect(shapedNumber(7, 'en', undefined)).toBeUndefined();
		// Digits that are not ten single characters (or a broken page) are not used.
		expect(shapedNumber(7, 'en', { language: 'en', digits: ['0'] })).toBeUndefined();
		expect(shapedPercent(7, 'en', { language: 'en', digits: en!.digits })).toBeUndefined();
		expect(numberShapes('not a tag!')).toBeUndefined();
	});
});

describe('formatNumber and formatPercent with the page’s shapes', () => {
	const Original = Intl.NumberFormat;
	afterEach(() => {
		useNumberShapes(undefined);
		Intl.NumberFormat = Original;
	});

	test('the same text, and no Intl.NumberFormat made for small whole numbers', () => {
		const tags = ['en', 'fr', 'ar-EG'];
		// Straight from Intl: formatNumber's own cache must stay empty for these tags until the
		// shapes are in use, or the spy below could not see it create a format.
		const expected = tags.map((tag) => {
			const plain = new Intl.NumberFormat(tag, { maximumFractionDigits: 20 });
			const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
			return [plain.format(12), percent.format(0.65), plain.format(1234.5)];
		});
		const shapes = tags.map((tag) => numberShapes(tag));
		// Counts the formats made while the shapes are in use (the real Intl does the work).
		let made = 0;
		class Counted extends Original {
			constructor(...args: ConstructorParameters<typeof Intl.NumberFormat>) {
				super(...args);
				made++;
			}
		}
		Intl.NumberFormat = Counted as typeof Intl.NumberFormat;
		for (const [i, tag] of tags.entries()) {
			useNumberShapes(shapes[i]);
			made = 0;
			expect(formatNumber(12, tag)).toBe(expected[i]![0]);
			expect(formatPercent(65, tag)).toBe(expected[i]![1]);
			expect(made).toBe(0);
			// A number the shapes cannot say still comes out right (through Intl).
			expect(formatNumber(1234.5, tag)).toBe(expected[i]![2]);
			expect(made).toBe(1);
		}
	});
});
