/**
 * Where a passage's figures go (pure; used by the checks and by the lesson). A figure follows
 * the sentence its `after` quotes, or the passage's last sentence; the passage's text, its
 * sentences and every quote stay as they are: figures sit between sentences, never inside one.
 */
import type { ImageSize } from './image-size.ts';
import type { Figure, Passage } from './schema.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** A figure as the lesson gets it: the build adds its image's size (scripts/lib/course-files.ts). */
export type ShownFigure = Figure & Partial<ImageSize>;

export type FigurePlace =
	/** `offset`: where the figure goes, the end of the sentence it follows. */
	| { ok: true; offset: number }
	/** The quote is not in the passage. */
	| { ok: false; reason: 'absent' }
	/** The quote runs over these sentences. */
	| { ok: false; reason: 'spans'; sentences: string[] }
	/** The quote is in more than one sentence, these ones. */
	| { ok: false; reason: 'repeated'; sentences: string[] };

/** Where a figure placed `after` a quote goes in `text` (split into `sentences`). */
export function figurePlace(
	text: string,
	after: string | undefined,
	sentences: readonly Sentence[] = splitSentences(text)
): FigurePlace {
	if (after === undefined) return { ok: true, offset: text.length };
	const holders = new Set<Sentence>();
	const spanned: Sentence[] = [];
	for (let at = text.indexOf(after); at !== -1; at = text.indexOf(after, at + 1)) {
		const end = at + after.length;
		const holder = sentences.find((s) => s.start <= at && end <= s.end);
		if (holder) holders.add(holder);
		else if (spanned.length === 0)
			spanned.push(...sentences.filter((s) => s.end > at && s.start < end));
	}
	if (holders.size === 1) return { ok: true, offset: [...holders][0]!.end };
	if (holders.size > 1)
		return { ok: false, reason: 'repeated', sentences: [...holders].map((s) => s.text) };
	if (spanned.length > 0)
		return { ok: false, reason: 'spans', sentences: spanned.map((s) => s.text) };
	return { ok: false, reason: 'absent' };
}

/**
 * A passage's figures by the sentence they follow (`[i]`: the figures after sentence i, in the
 * author's order), for a list of the passage's sentences (evidence questions): a figure placed
 * after the last sentence, or anywhere a validated course would not place it, goes last.
 */
export function figuresAfterSentences(
	passage: Pick<Passage, 'text'> & { figures?: ShownFigure[] },
	sentences: readonly Sentence[] = splitSentences(passage.text)
): ShownFigure[][] {
	const after = sentences.map((): ShownFigure[] => []);
	if (sentences.length === 0) return after;
	for (const figure of passage.figures ?? []) {
		const place = figurePlace(passage.text, figure.after, sentences);
		const i = place.ok ? sentences.findIndex((s) => s.end === place.offset) : -1;
		after[i === -1 ? sentences.length - 1 : i]!.push(figure);
	}
	return after;
}

/**
 * The article with each figure's image size (`sizeOf` its image's name, when known) as `width`
 * and `height`, as the lesson gives them to the figure's <img>: the build reads the sizes from
 * the package's files, `npm run dev` from the course folder. Anything not shaped like an article
 * (a course that does not validate, shown in dev under its errors) is returned as it is.
 */
export function withFigureSizes<A>(
	article: A,
	sizeOf: (image: string) => ImageSize | undefined
): A {
	const passages = (article as { passages?: unknown } | undefined)?.passages;
	if (!Array.isArray(passages)) return article;
	const sized = (figure: ShownFigure): ShownFigure => {
		const size = typeof figure?.image === 'string' ? sizeOf(figure.image) : undefined;
		return size ? { ...figure, width: size.width, height: size.height } : figure;
	};
	return {
		...article,
		passages: passages.map((passage: { figures?: unknown }) =>
			Array.isArray(passage?.figures)
				? { ...passage, figures: (passage.figures as ShownFigure[]).map(sized) }
				: passage
		)
	};
}

/** A run of the passage's text (`text.slice(start, end)`, trimmed) and the figures after it. */
export interface PassageBlock {
	start: number;
	end: number;
	figures: ShownFigure[];
}

/**
 * The passage as the lesson shows it: runs of text, each followed by the figures placed after
 * its last sentence, in the author's order. A passage without figures is one block.
 */
export function passageBlocks(
	passage: Pick<Passage, 'text'> & { figures?: ShownFigure[] }
): PassageBlock[] {
	const { text } = passage;
	const figures = passage.figures ?? [];
	// Only a figure placed `after` a quote needs the sentences (the first screen renders every
	// passage through here: splitting all of them cost ~10 ms of it for the seed course).
	const sentences = figures.some((f) => f.after !== undefined) ? splitSentences(text) : [];
	const at = new Map<number, ShownFigure[]>();
	for (const figure of figures) {
		const place = figurePlace(text, figure.after, sentences);
		// A validated course always places its figures; anything else goes at the end.
		const offset = place.ok ? place.offset : text.length;
		at.set(offset, [...(at.get(offset) ?? []), figure]);
	}
	const cuts = [...at.keys()].filter((offset) => offset < text.length).sort((a, b) => a - b);
	const blocks: PassageBlock[] = [];
	let start = 0;
	for (const end of [...cuts, text.length]) {
		const raw = text.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const body = raw.trim();
		blocks.push({
			start: start + lead,
			end: start + lead + body.length,
			figures: at.get(end) ?? []
		});
		start = end;
	}
	return blocks;
}
