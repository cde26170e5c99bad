/**
 * Synthetic courses for the benchmarks: the seed course's article and objectives with its
 * questions copied until the bank holds `count` questions (copy k's ids end in `-k`), written as
 * an ordinary course folder under .tmp/synthetic/ (nothing giant is committed). The build,
 * `npm run validate` and the benchmarks read it like any other course (`--questions`).
 *
 * Plain copies would flatter any compressor that looks further back than deflate's 32 KB (it
 * would find each copy whole in the one before). So every copy after the first writes its own
 * text (prompts, choices, feedback, explanations, answers) in a cipher of its own: each letter
 * swapped for another of its kind (vowel for vowel, consonant for consonant, case kept) by a
 * permutation drawn per copy. A copy keeps the statistics of real text (word lengths, repeats
 * inside a question, punctuation) but shares no words with other copies; what the author quotes
 * from the article (between double quotes, and the `quote` fields) stays verbatim, as it would.
 * Real questions share more with each other (names, the article's terms) than ciphered copies
 * do, so sizes measured on these courses err on the large side.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCourse, QUESTIONS_DIR, ROOT } from '../../lib/load-course';
import { DEFAULT_COURSE } from '../../lib/vite-course';
import { createRandom } from '../../../src/lib/random';

export const SYNTHETIC_DIR = path.join(ROOT, '.tmp', 'synthetic');

/** How many copies of the seed go into one bank file (each file stays a few hundred KB). */
const COPIES_PER_FILE = 5;

export const syntheticId = (count: number) => `synthetic-${count}`;

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghjklmnpqrstvwxyz';
/** Fields whose strings are the author's own text (ids, quotes and `match` are not). */
const AUTHOR_TEXT = new Set([
	'prompt',
	'explanation',
	'text',
	'feedback',
	'answers',
	'answer',
	'unit'
]);
const KEEP = new Set(['id', 'quote', 'match', 'type', 'objective', 'passage']);
/** A quotation inside author text: kept as the article has it. */
const QUOTED = /("[^"]*"|“[^”]*”)/;

/** Copy `copy`'s letter cipher (copy 0: none). */
export function cipherFor(copy: number): (text: string) => string {
	if (copy === 0) return (text) => text;
	const random = createRandom(0x5eed + copy);
	const shuffled = (letters: string) => {
		const list = [...letters];
		for (let i = list.length - 1; i > 0; i--) {
			const j = Math.floor(random.next() * (i + 1));
			[list[i], list[j]] = [list[j]!, list[i]!];
		}
		return list;
	};
	const map = new Map<string, string>();
	for (const letters of [VOWELS, CONSONANTS]) {
		const to = shuffled(letters);
		[...letters].forEach((from, i) => {
			map.set(from, to[i]!);
			map.set(from.toUpperCase(), to[i]!.toUpperCase());
		});
	}
	const swap = (part: string) => part.replace(/[a-z]/gi, (c) => map.get(c) ?? c);
	return (text) =>
		text
			.split(QUOTED)
			.map((part, i) => (i % 2 === 1 ? part : swap(part)))
			.join('');
}

/** The question with its author text in the cipher. */
export function cipherQuestion(
	value: unknown,
	cipher: (text: string) => string,
	own = false
): unknown {
	if (typeof value === 'string') return own ? cipher(value) : value;
	if (Array.isArray(value)) return value.map((v) => cipherQuestion(v, cipher, own));
	if (value && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, v]) => [
				key,
				KEEP.has(key) ? v : cipherQuestion(v, cipher, own || AUTHOR_TEXT.has(key))
			])
		);
	return value;
}

/**
 * Writes .tmp/synthetic/synthetic-<count>/ (replacing an older one) and returns its folder.
 * The last copy is cut short so the bank holds exactly `count` questions.
 */
export async function writeSyntheticCourse(count: number): Promise<string> {
	const seedDir = path.join(QUESTIONS_DIR, DEFAULT_COURSE);
	const { source } = await loadCourse(seedDir);
	const seedQuestions = source.banks.flatMap((bank) => bank.questions as { id: string }[]);
	const id = syntheticId(count);
	const dir = path.join(SYNTHETIC_DIR, id);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const define = JSON.stringify(path.join(QUESTIONS_DIR, 'define.ts'));
	const course = readFileSync(path.join(seedDir, 'course.ts'), 'utf8')
		.replace("from '../define'", `from ${define}`)
		.replace(`id: '${DEFAULT_COURSE}'`, `id: '${id}'`);
	if (!course.includes(`id: '${id}'`)) throw new Error('The seed course.ts has no id line.');
	writeFileSync(path.join(dir, 'course.ts'), course);
	writeFileSync(
		path.join(dir, 'article.ts'),
		readFileSync(path.join(seedDir, 'article.ts'), 'utf8').replace(
			"from '../define'",
			`from ${define}`
		)
	);
	const copies = Math.ceil(count / seedQuestions.length);
	let left = count;
	for (let first = 0; first < copies; first += COPIES_PER_FILE) {
		const questions: unknown[] = [];
		for (let copy = first; copy < Math.min(copies, first + COPIES_PER_FILE); copy++) {
			const cipher = cipherFor(copy);
			for (const q of seedQuestions.slice(0, Math.min(left, seedQuestions.length))) {
				questions.push({ ...(cipherQuestion(q, cipher) as object), id: `${q.id}-${copy}` });
				left--;
			}
		}
		const name = `bank-${String(first / COPIES_PER_FILE).padStart(4, '0')}.ts`;
		writeFileSync(
			path.join(dir, name),
			`import { defineBank } from ${define};\n\nexport default defineBank(${JSON.stringify(questions, null, '\t')});\n`
		);
	}
	return dir;
}
