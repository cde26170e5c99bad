/** Number formatting, markdown tables and order statistics shared by the benchmarks. */

/** 12345 → "12,345" (fixed separators, whatever the machine's locale). */
export function int(n: number): string {
	const sign = n < 0 ? '-' : '';
	return sign + String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes as KB (1 KB = 1024 bytes), one decimal, as `npm run build` prints them. */
export function kb(bytes: number): string {
	return (bytes / 1024).toFixed(1);
}

export function percent(part: number, whole: number): string {
	return whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function ms(value: number): string {
	return value.toFixed(1);
}

/** A markdown table; columns whose header starts with ">" are right-aligned. */
export function table(headers: string[], rows: string[][]): string {
	const head = headers.map((h) => h.replace(/^>/, ''));
	const align = headers.map((h) => (h.startsWith('>') ? '---:' : '---'));
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	return [line(head), line(align), ...rows.map(line)].join('\n');
}

function sorted(values: readonly number[]): number[] {
	if (values.length === 0) throw new Error('No samples');
	return [...values].sort((a, b) => a - b);
}

export function median(values: readonly number[]): number {
	const s = sorted(values);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
	const s = sorted(values);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export function min(values: readonly number[]): number {
	return sorted(values)[0]!;
}

export function max(values: readonly number[]): number {
	return sorted(values).at(-1)!;
}
