/**
 * Counts in words for the learner (pure): the form is chosen by the language's plural rules
 * (Intl.PluralRules), so a message never says "1 questions". `#` in a form is the count. A
 * `zero` form, when given, is used for 0 whatever the rules say: "none of your answers" reads
 * better than "0 answers".
 */
export interface PluralForms {
	zero?: string;
	one: string;
	other: string;
	/** Languages with more forms (two, few, many) fall back to `other` when one is missing. */
	two?: string;
	few?: string;
	many?: string;
}

const rules = new Map<string, Intl.PluralRules>();

export function plural(count: number, forms: PluralForms, locale = 'en'): string {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	const category = rule.select(count) as keyof PluralForms;
	const form =
		count === 0 && forms.zero !== undefined ? forms.zero : (forms[category] ?? forms.other);
	return form.replace(/#/g, String(count));
}
