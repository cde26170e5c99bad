/** Answering a question with the keyboard alone: Tab, arrows, Space, Enter, typing. */
import type { Frame, Page } from 'playwright-core';
import type { Question } from '../../src/lib/content/schema';
import type { AnyResponse } from '../../src/lib/scoring';
import { shownOrder } from './answer';
import { words, type Locale } from './words';

interface Focused {
	tag: string;
	name: string;
}

async function focused(frame: Frame): Promise<Focused> {
	return frame.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el) return { tag: '', name: '' };
		const input = el as HTMLInputElement;
		const label = input.labels?.[0]?.textContent ?? '';
		const name = el.getAttribute('aria-label') ?? (label || el.textContent || '');
		return { tag: el.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').trim() };
	});
}

/** Presses Tab until the focused element matches; fails after a bounded number of steps. */
export async function tabTo(
	page: Page,
	frame: Frame,
	match: (f: Focused) => boolean
): Promise<void> {
	for (let i = 0; i < 80; i++) {
		if (match(await focused(frame))) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('tabTo: the element was never reached with Tab');
}

/** Names compare with white space collapsed, as `focused` reports them (French has no-break spaces). */
const squash = (name: string) => name.replace(/\s+/g, ' ').trim();
const named = (name: string) => (f: Focused) => f.name === squash(name);

/** Tab into a radio group (focus lands on its first radio), then arrows to option `index`. */
async function pickRadio(page: Page, frame: Frame, firstName: string, index: number) {
	await tabTo(page, frame, (f) => f.tag === 'input' && f.name === squash(firstName));
	if (index === 0) await page.keyboard.press('Space');
	for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

export async function answerByKeyboard(
	page: Page,
	frame: Frame,
	q: Question,
	response: AnyResponse,
	sentences: string[],
	/** The interface's language (the course's catalog). */
	locale: Locale = 'en'
): Promise<void> {
	const say = words(locale);
	switch (q.type) {
		case 'single-choice': {
			// Options are shown in the learner's own order.
			const shown = await shownOrder(frame, q);
			const first = q.choices.find((c) => c.id === shown[0])!;
			await pickRadio(page, frame, first.text, shown.indexOf(response as string));
			break;
		}
		case 'true-false':
			await pickRadio(page, frame, say.answerTrue, response ? 0 : 1);
			break;
		case 'evidence':
			await pickRadio(page, frame, sentences[0]!, response as number);
			break;
		case 'multiple-response':
			for (const choice of q.choices.filter((c) => (response as string[]).includes(c.id))) {
				await tabTo(page, frame, named(choice.text));
				await page.keyboard.press('Space');
			}
			break;
		case 'fill-in':
		case 'numeric':
			await tabTo(
				page,
				frame,
				(f) =>
					f.tag === 'input' &&
					(f.name === squash(say.yourAnswer) || f.name === squash(say.numericLabel))
			);
			await page.keyboard.type(String(response));
			break;
		case 'matching': {
			const targets = await shownOrder(frame, q);
			for (const premise of q.premises) {
				await tabTo(page, frame, (f) => f.tag === 'select' && f.name === premise.text);
				const target = (response as Record<string, string>)[premise.id];
				const steps = targets.indexOf(target!) + 1; // after "Choose…"
				for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
			}
			break;
		}
		case 'ordering': {
			const target = response as string[];
			const current = await shownOrder(frame, q);
			for (let i = 0; i < target.length; i++) {
				let at = current.indexOf(target[i]!);
				if (at === i) continue;
				const text = q.items.find((item) => item.id === target[i])!.text;
				await tabTo(page, frame, named(say.moveUp(text)));
				for (; at > i; at--) {
					// Focus stays on the moved item's button after each move.
					await page.keyboard.press('Enter');
					[current[at - 1], current[at]] = [current[at]!, current[at - 1]!];
				}
			}
			break;
		}
	}
	await tabTo(page, frame, named(say.check));
	await page.keyboard.press('Enter');
}
