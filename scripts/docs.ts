/** `npm run docs`: regenerates the error reference in docs/authoring.md from the catalog. */
import { helpIfAsked } from './lib/help';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withErrorDocs } from './lib/error-docs';
import { ROOT } from './lib/load-course';

helpIfAsked(`
Usage: npm run docs

Regenerates the error reference in docs/authoring.md from the error catalog
(src/lib/content/errors.ts) and its fixtures. No options.
`);

const file = path.join(ROOT, 'docs', 'authoring.md');
const before = readFileSync(file, 'utf8');
const after = withErrorDocs(before);
writeFileSync(file, after);
console.log(
	before === after
		? 'docs/authoring.md is up to date'
		: 'docs/authoring.md: error reference updated'
);
