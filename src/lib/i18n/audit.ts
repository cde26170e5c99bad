/**
 * Checks a catalog against English (pure): the same messages, no parameter English does not
 * have, and a form for every plural category of the catalog's language (Intl.PluralRules). A
 * message whose plural form is missing would show its own id to the learner at run time.
 * The compiler checks the message names too (complete.ts); this also reports parameters and
 * plurals, and runs in test/unit/i18n.test.ts.
 */

/** A catalog as inlang's message format stores it: text, or variants chosen by selectors. */
export type CatalogMessage = string | VariantMessage[];
export interface VariantMessage {
	declarations?: string[];
	selectors?: string[];
	match: Record<string, string>;
}
export type Catalog = Record<string, CatalogMessage>;

const PLACEHOLDER = /\{\s*([A-Za-z_][\w]*)\s*\}/g;

function placeholders(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

/** The inputs a message takes (its `input` declarations and the placeholders it shows). */
export function messageInputs(message: CatalogMessage): string[] {
	if (typeof message === 'string') return [...new Set(placeholders(message))].sort();
	const inputs = new Set<string>();
	for (const variant of message) {
		const locals = new Set<string>();
		for (const declaration of variant.declarations ?? []) {
			const input = /^input\s+(\w+)$/.exec(declaration.trim());
			if (input) inputs.add(input[1]!);
			const local = /^local\s+(\w+)\s*=/.exec(declaration.trim());
			if (local) locals.add(local[1]!);
		}
		for (const text of Object.values(variant.match))
			for (const name of placeholders(text)) if (!locals.has(name)) inputs.add(name);
	}
	return [...inputs].sort();
}

/** The plural selectors of a message: the locals declared as `<input>: plural`. */
function pluralSelectors(variant: VariantMessage): string[] {
	return (variant.declarations ?? [])
		.map((d) => /^local\s+(\w+)\s*=\s*\w+\s*:\s*plural\b/.exec(d.trim())?.[1])
		.filter((name): name is string => name !== undefined);
}

/** Problems of one catalog against English, one sentence each (empty when it matches). */
export function auditCatalog(language: string, catalog: Catalog, english: Catalog): string[] {
	const problems: string[] = [];
	const names = (c: Catalog) => Object.keys(c).filter((key) => key !== '$schema');
	for (const name of names(english))
		if (!(name in catalog)) problems.push(`${language}: "${name}" is missing (English has it).`);
	for (const name of names(catalog)) {
		const message = catalog[name]!;
		if (!(name in english)) {
			problems.push(`${language}: "${name}" is not a message English has.`);
			continue;
		}
		const allowed = new Set(messageInputs(english[name]!));
		for (const input of messageInputs(message))
			if (!allowed.has(input))
				problems.push(
					`${language}: "${name}" uses {${input}}, which English's message does not have (it has ${[...allowed].map((a) => `{${a}}`).join(', ') || 'none'}).`
				);
		if (typeof message === 'string') {
			if (message.trim() === '') problems.push(`${language}: "${name}" is empty.`);
			continue;
		}
		const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
		for (const variant of message) {
			for (const selector of pluralSelectors(variant)) {
				const keys = Object.keys(variant.match);
				const covered = (category: string) =>
					keys.some((key) =>
						key
							.split(',')
							.map((part) => part.trim())
							.some((part) => part === `${selector}=${category}` || part === `${selector}=*`)
					);
				const lacking = categories.filter((category) => !covered(category));
				if (lacking.length)
					problems.push(
						`${language}: "${name}" has no form for ${lacking.join(', ')} (${selector}); add them or a "${selector}=*" form.`
					);
			}
			for (const [key, text] of Object.entries(variant.match))
				if (text.trim() === '') problems.push(`${language}: "${name}" (${key}) is empty.`);
		}
	}
	return problems;
}
