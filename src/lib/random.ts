/**
 * Seeded random numbers (mulberry32) and a stable string hash (FNV-1a), shared by the engine,
 * the ordering shuffle and the suspend-data codec. Pure: no Math.random, no clock.
 */
export interface Random {
	/** A number in [0, 1). */
	next(): number;
	/** The generator's state, to store and restore. */
	readonly state: number;
}

export function createRandom(seed: number): Random {
	let a = seed >>> 0;
	return {
		next() {
			a = (a + 0x6d2b79f5) >>> 0;
			let t = a;
			t = Math.imul(t ^ (t >>> 15), t | 1);
			t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
			return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
		},
		get state() {
			return a;
		}
	};
}

/** FNV-1a: a stable 32-bit hash of a string. */
export function hash32(text: string): number {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
	return h >>> 0;
}
