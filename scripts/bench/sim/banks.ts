/**
 * The two question banks of the benchmark, and the hidden "true" item parameters the
 * simulated learners answer with. The engine only ever sees the EngineItem (objective,
 * passage, authored difficulty label, guess chance of the question type).
 */
import path from 'node:path';
import type { Course } from '../../../src/lib/content/course';
import type { EngineItem } from '../../../src/lib/engine/engine';
import { engineItems } from '../../../src/lib/engine/items';
import { QUESTIONS_DIR } from '../../lib/load-course';
import { checkCourseDir } from '../../lib/validate-all';
import { between, normal } from './random';

export interface Bank {
	name: string;
	items: EngineItem[];
	objectives: string[];
}

/** What the simulator knows about an item and the engine does not. */
export interface TrueItem {
	item: EngineItem;
	/** Position in the bank (used in random-stream keys). */
	index: number;
	/** Difficulty: the authored label mapped to −1/0/+1 plus item-specific noise N(0, 0.5). */
	b: number;
	/** Discrimination, U(0.8, 2.0). */
	a: number;
	/** Guessing: the question type's guess chance (items.ts). */
	c: number;
	/** Chance that a learner who knows the answer still gets it wrong. */
	slip: number;
}

export const LABEL_THETA = [-1, 0, 1] as const;
export const DIFFICULTY_NOISE_SD = 0.5;
export const DISCRIMINATION_RANGE = [0.8, 2.0] as const;
export const SLIP = 0.05;

/** The seed course `questions/north-korea-russia`, loaded and assembled as the build does. */
export async function seedCourse(): Promise<Course> {
	const dir = path.join(QUESTIONS_DIR, 'north-korea-russia');
	const { course, issues } = await checkCourseDir(dir);
	if (!course)
		throw new Error(`The seed course has ${issues.length} issue(s): run npm run validate`);
	return course;
}

/** The seed course's bank: 50 questions, 5 objectives. */
export async function seedBank(course?: Course): Promise<Bank> {
	course ??= await seedCourse();
	return {
		name: `seed (${course.questions.length})`,
		items: engineItems(course),
		objectives: course.objectives.map((o) => o.id)
	};
}

/** Question-type mix of the synthetic bank, one objective's 20 items in order. */
const TYPE_PATTERN = 'CHTHCHHTCHHTCHHTCHHH'; // 5 four-choice (C), 4 true-false (T), 11 hard (H)
/** Guess chances of hard-to-guess types in the seed bank: typed answers, matching, ordering… */
const HARD_GUESS = [0.02, 0.02, 0.032, 0.02, 0.067, 0.02, 0.1, 0.033, 0.02, 0.05, 0.02];

/**
 * A synthetic 120-question bank: 6 objectives × 20 items, difficulty labels balanced
 * 1/2/3 (40 each), question types mixed like the seed bank's: 25% four-choice (guess 1/4),
 * 20% true-false (1/2), 55% hard to guess (0.02-0.1). Items are grouped by objective, as
 * authors write them.
 */
export function syntheticBank(): Bank {
	const objectives = Array.from({ length: 6 }, (_, o) => `objective-${o + 1}`);
	const items: EngineItem[] = [];
	objectives.forEach((objective, o) => {
		let hard = 0;
		for (let k = 0; k < 20; k++) {
			const type = TYPE_PATTERN[k]!;
			const guess =
				type === 'C' ? 0.25 : type === 'T' ? 0.5 : HARD_GUESS[hard++ % HARD_GUESS.length]!;
			items.push({
				id: `${objective}-q${k + 1}`,
				objective,
				passage: `${objective}-p${Math.floor(k / 5) + 1}`,
				difficulty: (((k + o) % 3) + 1) as 1 | 2 | 3,
				guess
			});
		}
	});
	return { name: 'synthetic (120)', items, objectives };
}

/** The hidden parameters of every item of a bank, drawn afresh for each benchmark seed. */
export function trueItems(bank: Bank, seed: number): TrueItem[] {
	return bank.items.map((item, index) => ({
		item,
		index,
		b:
			LABEL_THETA[item.difficulty - 1]! +
			DIFFICULTY_NOISE_SD * normal([seed, bank.name, item.id, 'b']),
		a: between([seed, bank.name, item.id, 'a'], ...DISCRIMINATION_RANGE),
		c: item.guess,
		slip: SLIP
	}));
}
