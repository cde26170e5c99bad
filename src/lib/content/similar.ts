/** Small string-similarity helpers for author hints ("did you mean …?"). */

export function levenshtein(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
		}
		prev = row;
	}
	return prev[b.length]!;
}

/** The candidate closest to `value`, or '' when none is reasonably close. */
export function nearest(value: string, candidates: Iterable<string>): string {
	let best = '';
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = levenshtein(value.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	const limit = Math.max(2, Math.floor(value.length / 3));
	return bestDistance <= limit ? best : '';
}

/**
 * The span of `text` that looks most like `quote`, by edit distance over windows of whole
 * words near the quote's length; '' when nothing is close enough to be a near miss.
 */
export function closestSpan(quote: string, text: string): string {
	const words = [...text.matchAll(/\S+/g)];
	const n = quote.split(/\s+/).filter(Boolean).length;
	let best = '';
	let bestDistance = Infinity;
	for (let size = Math.max(1, n - 2); size <= n + 2; size++) {
		for (let start = 0; start + size <= words.length; start++) {
			const first = words[start]!;
			const last = words[start + size - 1]!;
			const span = text.slice(first.index, last.index + last[0].length).replace(/[.,;:!?]+$/, '');
			const d = levenshtein(quote, span);
			if (d < bestDistance) {
				best = span;
				bestDistance = d;
			}
		}
	}
	return bestDistance <= Math.max(3, quote.length * 0.4) ? best : '';
}

/** A slug in the id format, for hints: "Shells Count!" → "shells-count". */
export function slugify(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 64);
}
