/**
 * Splits a passage into sentences for evidence questions (pure). A sentence ends at . ! or ?
 * (with any closing quotes or brackets) followed by space and a capital letter (any letter in a
 * script without capitals), a digit or an opening quote, unless the word before the stop is a
 * common abbreviation or an initial.
 */

export interface Sentence {
	/** Offsets into the passage text: text.slice(start, end) is the sentence. */
	start: number;
	end: number;
	text: string;
}

const ABBREVIATIONS = new Set(
	[
		'mr',
		'mrs',
		'ms',
		'dr',
		'prof',
		'st',
		'gen',
		'col',
		'lt',
		'sgt',
		'capt',
		'gov',
		'sen',
		'rep',
		'jr',
		'sr',
		'inc',
		'ltd',
		'co',
		'corp',
		'vs',
		'etc',
		'e.g',
		'i.e',
		'cf',
		'no',
		'vol',
		'fig',
		'u.s',
		'u.k',
		'u.n',
		'e.u',
		'jan',
		'feb',
		'mar',
		'apr',
		'jun',
		'jul',
		'aug',
		'sep',
		'sept',
		'oct',
		'nov',
		'dec',
		'approx',
		'est'
	].map((a) => a.toLowerCase())
);

/**
 * Scripts without capitals (Arabic, Hebrew, Chinese…: letters of category Lo) start a sentence
 * with any letter; Arabic ends a question with ؟ and Urdu a sentence with ۔; French and Arabic
 * quote with « » (French with a space inside).
 */
const BOUNDARY =
	/[.!?\u061f\u06d4]+(?:["'”’)\]]|[ \u00a0\u202f]?»)*(?=\s+(?:["'“‘([]|«[ \u00a0\u202f]?)?[\p{Lu}\p{Lo}\p{N}])/gu;

export function splitSentences(text: string): Sentence[] {
	const ends: number[] = [];
	for (const match of text.matchAll(BOUNDARY)) {
		const stop = match.index;
		const before = /([\p{L}.]+)$/u.exec(text.slice(0, stop))?.[1] ?? '';
		const word = before.toLowerCase().replace(/^\.+/, '');
		const isInitial = /^\p{Lu}$/u.test(before);
		if (text[stop] === '.' && (ABBREVIATIONS.has(word) || isInitial)) continue;
		ends.push(stop + match[0].length);
	}
	ends.push(text.length);
	const sentences: Sentence[] = [];
	let cursor = 0;
	for (const end of ends) {
		const raw = text.slice(cursor, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		if (body)
			sentences.push({ start: cursor + lead, end: cursor + lead + body.length, text: body });
		cursor = end;
	}
	return sentences;
}

/** Index of the sentence that wholly contains `quote`, -1 if none (missing or spanning two). */
export function sentenceContaining(sentences: readonly Sentence[], quote: string): number {
	return sentences.findIndex((s) => s.text.includes(quote));
}
