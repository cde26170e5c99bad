/** Answering questions in the browser the way a learner would (test helper). */
import type { Frame } from 'playwright-core';
import type { Question } from '../../src/lib/content/schema';
import { splitSentences } from '../../src/lib/content/sentences';
import type { AnyResponse } from '../../src/lib/scoring';
import { words, type Locale } from './words';

/**
 * Gives a response the way a learner would: clicking, typing, choosing, moving; then checks it
 * (unless `check` is false: the answer is chosen and left unchecked).
 */
export async function answerByClicking(
	frame: Frame,
	q: Question,
	response: AnyResponse,
	passage: string,
	check = true,
	/** The interface's language (the course's catalog). */
	locale: Locale = 'en'
) {
	const say = words(locale);
	switch (q.type) {
		case 'true-false':
			await frame
				.getByRole('radio', { name: response ? say.answerTrue : say.answerFalse, exact: true })
				.check();
			break;
		case 'single-choice':
		case 'multiple-response': {
			const role = q.type === 'single-choice' ? 'radio' : 'checkbox';
			const ids = Array.isArray(response) ? response : [response];
			for (const choice of q.choices.filter((c) => ids.includes(c.id)))
				await frame.getByRole(role, { name: choice.text, exact: true }).check();
			break;
		}
		case 'fill-in':
		case 'numeric':
			await frame
				.getByRole('textbox', { name: q.type === 'numeric' ? say.numericLabel : say.yourAnswer })
				.fill(String(response));
			break;
		case 'matching':
			for (const premise of q.premises)
				await frame
					.getByRole('combobox', { name: premise.text, exact: true })
					.selectOption((response as Record<string, string>)[premise.id]!);
			break;
		case 'ordering': {
			const target = response as string[];
			const current = await shownOrder(frame, q);
			for (let i = 0; i < target.length; i++) {
				let at = current.indexOf(target[i]!);
				const text = q.items.find((item) => item.id === target[i])!.text;
				for (; at > i; at--) {
					await frame.getByRole('button', { name: say.moveUp(text), exact: true }).click();
					[current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
				}
			}
			break;
		}
		case 'evidence': {
			const sentence = splitSentences(passage)[response as number]!;
			await frame.getByRole('radio', { name: sentence.text, exact: true }).check();
			break;
		}
	}
	if (check) await frame.getByRole('button', { name: say.check }).click();
}

/** The question on screen (by its data-question-id), or undefined on the results page. */
export async function shownQuestion(
	frame: Frame,
	questions: readonly Question[]
): Promise<Question | undefined> {
	const section = frame.locator('section.question, section.results').first();
	await section.waitFor();
	const id = await section.getAttribute('data-question-id');
	return id ? questions.find((q) => q.id === id) : undefined;
}

/**
 * The ids of the question's options in the order shown on screen: choices, matching targets
 * (as listed in the first dropdown) or ordering items; empty for the other types.
 */
export async function shownOrder(frame: Frame, q: Question): Promise<string[]> {
	const section = frame.locator(`section.question[data-question-id="${q.id}"]`);
	switch (q.type) {
		case 'single-choice':
		case 'multiple-response':
			return section
				.locator('ul.options input')
				.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		case 'matching':
			return section
				.locator('select')
				.first()
				.locator('option')
				.evaluateAll((options) =>
					options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '')
				);
		case 'ordering': {
			const texts = await section.locator('ol.ordering .item-text').allTextContents();
			return texts.map((text) => q.items.find((item) => item.text === text.trim())!.id);
		}
		default:
			return [];
	}
}
