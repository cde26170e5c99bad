import { expect, test } from 'vitest';
import { closestSpan, levenshtein, nearest, slugify } from '../../src/lib/content/similar';

test('levenshtein', () => {
	expect(levenshtein('kitten', 'sitting')).toBe(3);
	expect(levenshtein('', 'abc')).toBe(3);
	expect(levenshtein('same', 'same')).toBe(0);
});

test('nearest suggests close ids only', () => {
	expect(nearest('shipment', ['shipments', 'reactions'])).toBe('shipments');
	expect(nearest('P2', ['p1', 'p2'])).toBe('p2');
	expect(nearest('completely-different', ['p1', 'p2'])).toBe('');
});

test('closestSpan finds the near-miss wording in the passage', () => {
	const text = 'North Korea has sent more than 1 million shells to Russia since early August.';
	expect(closestSpan('more than one million shells', text)).toBe('more than 1 million shells');
	expect(closestSpan('an unrelated sentence about the weather in Paris today', text)).toBe('');
});

test('slugify makes an id out of anything', () => {
	expect(slugify('Shells Count!')).toBe('shells-count');
	expect(slugify('Zelenskyy’s café')).toBe('zelenskyy-s-cafe');
});
