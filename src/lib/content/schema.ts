/**
 * The content model: zod schemas for articles, courses and questions.
 *
 * This module runs at build time, in `npm run validate` and in tests. The browser bundle
 * imports its *types* only (`import type`), so zod never reaches the learner.
 */
import { z } from 'zod';

import { HEX_COLOUR } from '../theme/contrast.ts';
import { ID_MAX, ID_PATTERN, MAX_CHOICES, MAX_RESPONSE } from './limits.ts';

export { ID_MAX, ID_PATTERN, MAX_CHOICES, MAX_RESPONSE };

const id = z.string().max(ID_MAX).regex(ID_PATTERN);
/**
 * No control character (other than tab and line breaks): invisible in an editor, often pasted
 * from a PDF, and refused by XML (imsmanifest.xml) and by LMSs. check.ts names the character.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const NO_CONTROL_CHARACTER = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
const text = z.string().trim().min(1).regex(NO_CONTROL_CHARACTER);

/**
 * An image shown in a passage (docs/authoring.md#figures): a file of the course folder, copied
 * into the package; never part of the passage's text, so quotes and sentences ignore it.
 */
export const figureSchema = z.strictObject({
	/** The image file, relative to the course folder: PNG, JPEG, GIF, WebP or SVG, e.g. 'map.png'. */
	image: z.string().min(1),
	/** What the image shows, for learners who cannot see it (required: a figure carries meaning). */
	alt: text,
	/** Shown under the image. */
	caption: text.optional(),
	/** Who made the image, e.g. 'Map: Reuters'; shown after the caption. */
	credit: text.optional(),
	/**
	 * A verbatim quote of the sentence the figure follows, like a question's quote (any part of
	 * that one sentence); without it, the figure comes after the passage's last sentence.
	 */
	after: z.string().min(1).regex(NO_CONTROL_CHARACTER).optional()
});

export const passageSchema = z.strictObject({
	id,
	text: z.string().min(1).regex(NO_CONTROL_CHARACTER),
	figures: z.array(figureSchema).optional()
});

export const articleSchema = z.strictObject({
	id,
	title: text,
	/** Where the article comes from, shown under the title. */
	source: text,
	passages: z.array(passageSchema).min(1)
});

export const objectiveSchema = z.strictObject({
	id,
	title: text,
	/** Ids of the passages this objective is about. */
	passages: z.array(id).min(1)
});

const colour = z.string().regex(HEX_COLOUR);

/**
 * The course's own look (docs/authoring.md#the-courses-look). Colours are checked for WCAG AA
 * contrast wherever the lesson draws them (src/lib/theme/theme.ts); the logo file is found in
 * the course folder or in static/ and copied into the package.
 */
export const themeSchema = z.strictObject({
	/** Buttons, links, focus ring, chosen options: a hex colour, e.g. '#0b57d0'. */
	accent: colour.optional(),
	/** The accent in dark mode; without it, a lighter colour of the same hue that passes. */
	accentDark: colour.optional(),
	/** A stack of system fonts, e.g. "Georgia, 'Times New Roman', serif" (no web fonts). */
	font: z.string().min(1).optional(),
	/** An image file (PNG, JPEG, GIF, WebP or SVG) in the course folder or in static/. */
	logo: z.string().min(1).optional(),
	/** The logo's text alternative; the course title without it. */
	logoAlt: text.optional()
});

export const courseSchema = z.strictObject({
	id,
	title: text,
	description: text.optional(),
	/**
	 * The course's language (BCP 47, e.g. "en", "fr", "de-CH"; default "en"): how learners type
	 * numbers (decimal and grouping separators).
	 */
	language: z
		.string()
		.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/)
		.optional(),
	/** Passing score, 0-100, compared with the reported percentage score. */
	masteryScore: z.number().int().min(0).max(100),
	/**
	 * 'adaptive' (the default) picks each question from the learner's answers and stops when
	 * every objective is decided; 'fixed' asks every question in bank order, like an exam.
	 */
	sequence: z.enum(['adaptive', 'fixed']).optional(),
	theme: themeSchema.optional(),
	objectives: z.array(objectiveSchema).min(1)
});

const questionBase = {
	id,
	objective: id,
	passage: id,
	/** Copied verbatim from the passage: the evidence for the answer. */
	quote: z.string().min(1).regex(NO_CONTROL_CHARACTER),
	difficulty: z.literal([1, 2, 3]),
	prompt: text,
	explanation: text
};

export const choiceSchema = z.strictObject({
	id,
	text,
	correct: z.boolean().optional(),
	/**
	 * Keeps this choice at the end when the others are shuffled (for "None of these" or
	 * "All of these", which read wrongly anywhere else).
	 */
	fixed: z.boolean().optional(),
	/** Shown when the learner picks this choice. */
	feedback: text
});

/**
 * `shuffle: false` shows the options in the author's order for every learner (e.g. a scale
 * such as "fewer / the same / more"). By default each learner sees their own order.
 */
const shuffle = z.boolean().optional();

export const singleChoiceSchema = z.strictObject({
	...questionBase,
	type: z.literal('single-choice'),
	choices: z.array(choiceSchema).min(2).max(MAX_CHOICES),
	shuffle
});

export const multipleResponseSchema = z.strictObject({
	...questionBase,
	type: z.literal('multiple-response'),
	choices: z.array(choiceSchema).min(2).max(MAX_CHOICES),
	shuffle
});

export const trueFalseSchema = z.strictObject({
	...questionBase,
	type: z.literal('true-false'),
	answer: z.boolean(),
	/** Shown when the learner answers true / false. */
	feedback: z.strictObject({ true: text, false: text })
});

/** Feedback shown after a right or a wrong answer, for types without per-option feedback. */
const outcomeFeedback = z.strictObject({ correct: text, incorrect: text });

export const fillInSchema = z.strictObject({
	...questionBase,
	type: z.literal('fill-in'),
	/** Accepted answers, compared after ignoring case, surrounding space, punctuation and accents. */
	answers: z
		.array(z.string().trim().min(1).max(MAX_RESPONSE).regex(NO_CONTROL_CHARACTER))
		.min(1)
		.max(10),
	feedback: outcomeFeedback,
	/** Feedback for wrong answers the author expects, matched the same forgiving way. */
	anticipated: z
		.array(
			z.strictObject({
				answer: z.string().trim().min(1).regex(NO_CONTROL_CHARACTER),
				feedback: text
			})
		)
		.optional()
});

export const numericSchema = z.strictObject({
	...questionBase,
	type: z.literal('numeric'),
	/** The right value; with `tolerance`, anything within ± tolerance is right. */
	answer: z.number().optional(),
	tolerance: z.number().min(0).optional(),
	/** Or a range of right values, both ends included. */
	min: z.number().optional(),
	max: z.number().optional(),
	/** Shown after the input, e.g. "shells". */
	unit: text.optional(),
	feedback: z.strictObject({
		correct: text,
		incorrect: text,
		low: text.optional(),
		high: text.optional()
	})
});

export const matchingSchema = z.strictObject({
	...questionBase,
	type: z.literal('matching'),
	/** Left-hand items, each naming the id of its target. */
	premises: z
		.array(z.strictObject({ id, text, match: id }))
		.min(2)
		.max(MAX_CHOICES),
	/**
	 * Right-hand items; targets no premise names are distractors. Each dropdown lists them in
	 * an order drawn per learner, unless `shuffle: false`.
	 */
	targets: z.array(z.strictObject({ id, text })).min(2).max(MAX_CHOICES),
	shuffle,
	feedback: outcomeFeedback
});

export const orderingSchema = z.strictObject({
	...questionBase,
	type: z.literal('ordering'),
	/** The items in their correct order; the learner sees them shuffled. */
	items: z.array(z.strictObject({ id, text })).min(3).max(MAX_CHOICES),
	feedback: outcomeFeedback
});

export const evidenceSchema = z.strictObject({
	...questionBase,
	type: z.literal('evidence'),
	/**
	 * The learner picks, in the passage, the sentence that supports the prompt's claim: the
	 * sentence that contains `quote`.
	 */
	feedback: outcomeFeedback,
	/** Feedback for picking the sentence that contains a given verbatim quote. */
	distractors: z
		.array(z.strictObject({ quote: z.string().min(1).regex(NO_CONTROL_CHARACTER), feedback: text }))
		.optional()
});

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleResponseSchema,
	trueFalseSchema,
	fillInSchema,
	numericSchema,
	matchingSchema,
	orderingSchema,
	evidenceSchema
]);

export const bankSchema = z.array(questionSchema);

export type Passage = z.infer<typeof passageSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type CourseMeta = z.infer<typeof courseSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
