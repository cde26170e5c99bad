/**
 * Typed helpers that authors call in `questions/<course>/*.ts`. They only give types and
 * editor completion: the checks run at build time (`npm run validate`).
 */
import type { Article, CourseMeta, Question } from './schema';

export function defineArticle(article: Article): Article {
	return article;
}

export function defineCourse(course: CourseMeta): CourseMeta {
	return course;
}

export function defineBank(questions: Question[]): Question[] {
	return questions;
}
