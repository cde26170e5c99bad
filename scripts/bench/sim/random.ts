/**
 * Counter-based random numbers for the simulation: every draw is a hash of its key (seed,
 * learner, item, attempt, …), so a draw does not depend on what was drawn before. The fixed
 * form and the adaptive engine therefore face identical learners and identical response
 * draws for the same item and attempt, whatever order they ask in.
 */
import { hash32 } from '../../../src/lib/random';

/** murmur3's 32-bit finaliser: a well-mixed permutation of 32-bit integers. */
function fmix(h: number): number {
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h >>> 0;
}

export type Key = readonly (number | string)[];

/** A 32-bit hash of a key; strings are hashed with FNV-1a first. */
export function hashKey(key: Key): number {
	let h = 0x2545f491;
	for (const part of key) {
		const x = typeof part === 'string' ? hash32(part) : part >>> 0;
		h = fmix((h ^ fmix(x + 0x9e3779b9)) + Math.imul(h, 5));
	}
	return h;
}

/** A uniform number in (0, 1), never exactly 0 or 1. */
export function uniform(key: Key): number {
	return (hashKey(key) + 0.5) / 4294967296;
}

/** Uniform in [lo, hi). */
export function between(key: Key, lo: number, hi: number): number {
	return lo + (hi - lo) * uniform(key);
}

/** A standard normal draw (Box-Muller on two independent hashes of the key). */
export function normal(key: Key): number {
	const u1 = uniform([...key, 'n1']);
	const u2 = uniform([...key, 'n2']);
	return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
