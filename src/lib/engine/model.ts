/**
 * The measurement model (pure): a 3-parameter logistic item response function over an
 * ability grid, per objective. Item difficulty comes from the author's label, the guessing
 * floor from the question type; nothing is calibrated from other learners (there are none).
 */

export interface ModelParams {
	/** Slope of every item: how sharply it separates learners around its difficulty. */
	discrimination: number;
	/** Ability of the difficulty labels 1, 2, 3. */
	difficultyLevels: readonly [number, number, number];
	/** Lowest and highest ability on the grid, and its step. */
	gridMin: number;
	gridMax: number;
	gridStep: number;
	/** Prior: normal with this mean and standard deviation. */
	priorMean: number;
	priorSd: number;
	/**
	 * Learners learn during the lesson: after each answer the estimate is allowed to move by
	 * this standard deviation (the posterior is widened), so old answers weigh less.
	 */
	drift: number;
}

export function grid(p: ModelParams): Float64Array {
	const n = Math.round((p.gridMax - p.gridMin) / p.gridStep) + 1;
	return Float64Array.from({ length: n }, (_, i) => p.gridMin + i * p.gridStep);
}

export function prior(p: ModelParams, thetas: Float64Array): Float64Array {
	const density = thetas.map((t) => Math.exp(-0.5 * ((t - p.priorMean) / p.priorSd) ** 2));
	return normalise(density);
}

export function normalise(values: Float64Array): Float64Array {
	let sum = 0;
	for (const v of values) sum += v;
	return sum > 0 ? values.map((v) => v / sum) : values.map(() => 1 / values.length);
}

/** P(correct | θ) = c + (1 − c) σ(a(θ − b)). */
export function pCorrect(theta: number, difficulty: number, guess: number, a: number): number {
	return guess + (1 - guess) / (1 + Math.exp(-a * (theta - difficulty)));
}

/** Fisher information of a 3PL item at θ. */
export function information(theta: number, difficulty: number, guess: number, a: number): number {
	const p = pCorrect(theta, difficulty, guess, a);
	return (a * a * (p - guess) ** 2 * (1 - p)) / ((1 - guess) ** 2 * p);
}

/**
 * Bayes update with a (possibly partial) credit in 0..1, read as a fractional observation:
 * likelihood P^credit · (1 − P)^(1 − credit).
 */
export function update(
	posterior: Float64Array,
	thetas: Float64Array,
	credit: number,
	difficulty: number,
	guess: number,
	a: number
): Float64Array {
	const next = posterior.map((w, i) => {
		const p = pCorrect(thetas[i]!, difficulty, guess, a);
		return w * p ** credit * (1 - p) ** (1 - credit);
	});
	return normalise(next);
}

/** Widens the posterior by a Gaussian of standard deviation `sd` (learning between answers). */
export function diffuse(posterior: Float64Array, step: number, sd: number): Float64Array {
	if (sd <= 0) return posterior;
	const reach = Math.ceil((3 * sd) / step);
	const kernel = Array.from({ length: 2 * reach + 1 }, (_, k) =>
		Math.exp(-0.5 * (((k - reach) * step) / sd) ** 2)
	);
	const out = new Float64Array(posterior.length);
	for (let i = 0; i < posterior.length; i++) {
		let sum = 0;
		let weight = 0;
		for (let k = -reach; k <= reach; k++) {
			const j = i + k;
			if (j < 0 || j >= posterior.length) continue;
			sum += posterior[j]! * kernel[k + reach]!;
			weight += kernel[k + reach]!;
		}
		out[i] = sum / weight;
	}
	return normalise(out);
}

export function mean(posterior: Float64Array, thetas: Float64Array): number {
	let m = 0;
	for (let i = 0; i < posterior.length; i++) m += posterior[i]! * thetas[i]!;
	return m;
}

/** P(θ ≥ cut). */
export function probabilityAbove(
	posterior: Float64Array,
	thetas: Float64Array,
	cut: number
): number {
	let p = 0;
	for (let i = 0; i < posterior.length; i++) if (thetas[i]! >= cut - 1e-12) p += posterior[i]!;
	return Math.min(1, Math.max(0, p));
}
