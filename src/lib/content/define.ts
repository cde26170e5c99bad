/**
 * Typed helpers that authors call in `questions/<course>/*.ts`. They only give types and
 * editor completion: the checks run at build time (`npm run validate`).
 *
 * The article's passage ids and the course's objective ids are kept as literal types, so a
 * bank written as
 *
 *     import type article from './article';
 *     import type course from './course';
 *     export default defineBank<typeof article, typeof course>([ … ]);
 *
 * gets a short red underline in the editor (and from `npm run check:content`) at a passage or
 * objective id that does not exist, with the ids that do in the message. Without the type
 * arguments any id is accepted by the editor and checked by the validator only.
 */
import type { Article, CourseMeta, Question, QuestionOf, QuestionType } from './schema';

export function defineArticle<const A extends Article>(article: A): A {
	return article;
}

export function defineCourse<const C extends CourseMeta>(course: C): C {
	return course;
}

type IdsOf<L> = L extends readonly { id: infer I extends string }[] ? I : string;
/** The passage ids of an article, as literal types ("p1" | "p2" | …). */
export type PassageId<A> = A extends { passages: infer L } ? IdsOf<L> : string;
/** The objective ids of a course, as literal types. */
export type ObjectiveId<C> = C extends { objectives: infer L } ? IdsOf<L> : string;

/** A question of type T whose passage and objective are ids of this course. */
type Authored<T extends QuestionType, P extends string, O extends string> = Omit<
	QuestionOf<T>,
	'passage' | 'objective'
> & { passage: P; objective: O };

// One named interface per type (restating its `type`) keeps editor messages short ("… is missing in type
// 'TrueFalseQuestion<…>'") instead of printing the whole content model.
export interface SingleChoiceQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'single-choice', P, O> {
	type: 'single-choice';
}
export interface MultipleResponseQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'multiple-response', P, O> {
	type: 'multiple-response';
}
export interface TrueFalseQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'true-false', P, O> {
	type: 'true-false';
}
export interface FillInQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'fill-in', P, O> {
	type: 'fill-in';
}
export interface NumericQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'numeric', P, O> {
	type: 'numeric';
}
export interface MatchingQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'matching', P, O> {
	type: 'matching';
}
export interface OrderingQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'ordering', P, O> {
	type: 'ordering';
}
export interface EvidenceQuestion<
	P extends string = string,
	O extends string = string
> extends Authored<'evidence', P, O> {
	type: 'evidence';
}

/** Every question type an author can write; a type missing here is a compile error below. */
export type AuthoredQuestion<P extends string = string, O extends string = string> =
	| SingleChoiceQuestion<P, O>
	| MultipleResponseQuestion<P, O>
	| TrueFalseQuestion<P, O>
	| FillInQuestion<P, O>
	| NumericQuestion<P, O>
	| MatchingQuestion<P, O>
	| OrderingQuestion<P, O>
	| EvidenceQuestion<P, O>;

const everyType: Record<Exclude<QuestionType, AuthoredQuestion['type']>, never> = {};
void everyType;

export function defineBank<A = Article, C = CourseMeta>(
	questions: AuthoredQuestion<PassageId<A>, ObjectiveId<C>>[]
): Question[] {
	return questions as Question[];
}
