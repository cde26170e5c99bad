/**
 * The content model: zod schemas for articles, courses and questions.
 *
 * This module runs at build time, in `npm run validate` and in tests. The browser bundle
 * imports its *types* only (`import type`), so zod never reaches the learner.
 */
import { z } from 'zod';

/** Lower-case letters, digits and single hyphens: safe in SCORM identifiers and URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 64;
/** SCORM 1.2 maps choice ids to one character each: 0-9 and a-z, so 36 at most. */
export const MAX_CHOICES = 36;

const id = z.string().max(ID_MAX).regex(ID_PATTERN);
const text = z.string().trim().min(1);

export const passageSchema = z.strictObject({
	id,
	text: z.string().min(1)
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

export const courseSchema = z.strictObject({
	id,
	title: text,
	description: text.optional(),
	/** Passing score, 0-100, compared with the reported percentage score. */
	masteryScore: z.number().int().min(0).max(100),
	objectives: z.array(objectiveSchema).min(1)
});

const questionBase = {
	id,
	objective: id,
	passage: id,
	/** Copied verbatim from the passage: the evidence for the answer. */
	quote: z.string().min(1),
	difficulty: z.literal([1, 2, 3]),
	prompt: text,
	explanation: text
};

export const choiceSchema = z.strictObject({
	id,
	text,
	correct: z.boolean().optional(),
	/** Shown when the learner picks this choice. */
	feedback: text
});

export const singleChoiceSchema = z.strictObject({
	...questionBase,
	type: z.literal('single-choice'),
	choices: z.array(choiceSchema).min(2).max(MAX_CHOICES)
});

export const multipleResponseSchema = z.strictObject({
	...questionBase,
	type: z.literal('multiple-response'),
	choices: z.array(choiceSchema).min(2).max(MAX_CHOICES)
});

export const trueFalseSchema = z.strictObject({
	...questionBase,
	type: z.literal('true-false'),
	answer: z.boolean(),
	/** Shown when the learner answers true / false. */
	feedback: z.strictObject({ true: text, false: text })
});

export const questionSchema = z.discriminatedUnion('type', [
	singleChoiceSchema,
	multipleResponseSchema,
	trueFalseSchema
]);

export const bankSchema = z.array(questionSchema);

export type Passage = z.infer<typeof passageSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type CourseMeta = z.infer<typeof courseSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
