/** axe-core in a page's frame: WCAG 2.x A and AA (2.2 included) violations, one line each. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';

const AXE = readFileSync(
	path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'),
	'utf8'
);
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

export async function axe(frame: Frame, screen: string): Promise<string[]> {
	await frame.evaluate(AXE);
	const violations = await frame.evaluate(
		(tags) =>
			(
				window as unknown as {
					axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
				}
			).axe
				.run(document, { runOnly: { type: 'tag', values: tags } })
				.then((r) => r.violations),
		WCAG
	);
	return violations.map(
		(v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
