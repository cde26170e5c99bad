/**
 * Checks a finished package before the build reports it (pure: the zip's files in, problems
 * out). A package that fails here is never written: an empty list means the zip holds the app.
 */

/** The smallest index.html that can hold the app (its code and styles are inline). */
export const MIN_INDEX_BYTES = 10_000;

export function packageProblems(files: Readonly<Record<string, Uint8Array>>): string[] {
	const problems: string[] = [];
	const manifest = files['imsmanifest.xml'];
	const index = files['index.html'];
	if (!manifest) problems.push('imsmanifest.xml is missing');
	if (!index) problems.push('index.html is missing');
	else if (index.length < MIN_INDEX_BYTES)
		problems.push(
			`index.html has ${index.length} bytes: too small to hold the app (at least ${MIN_INDEX_BYTES})`
		);
	else {
		const html = new TextDecoder().decode(index);
		if (!/<script[\s>]/i.test(html)) problems.push('index.html has no script: the app is missing');
		problems.push(...inlineScriptProblems(html).map((p) => `index.html: ${p}`));
	}
	if (manifest) {
		const xml = new TextDecoder().decode(manifest);
		const listed = [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => unescapeXml(m[1]!));
		const inZip = Object.keys(files).filter((f) => f !== 'imsmanifest.xml');
		const missing = listed.filter((f) => !(f in files));
		const unlisted = inZip.filter((f) => !listed.includes(f));
		if (missing.length)
			problems.push(`the manifest lists files the zip lacks: ${missing.sort().join(', ')}`);
		if (unlisted.length) problems.push(`the manifest does not list: ${unlisted.sort().join(', ')}`);
	}
	return problems;
}

function unescapeXml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');
}

const END_TAG = /^<\/script[\t\n\f\r />]/i;
const START_TAG = /^<script[\t\n\f\r />]/i;

/**
 * Where the browser ends each inline <script> (the HTML tokenizer's script data states): text
 * that spells `</script` ends it early, and `<!--` followed by `<script` makes it swallow the
 * rest of the page. Both are reported; a page whose scripts end at their own end tags gives [].
 */
export function inlineScriptProblems(html: string): string[] {
	const problems: string[] = [];
	let at = 0;
	for (;;) {
		const open = html.slice(at).search(/<script[\t\n\f\r />]/i);
		const stray = html.slice(at).search(/<\/script[\t\n\f\r />]/i);
		if (stray !== -1 && (open === -1 || stray < open)) {
			problems.push(
				`a </script> at character ${at + stray} closes no script: the script before it ended early`
			);
			at += stray + 2;
			continue;
		}
		if (open === -1) return problems;
		const bodyStart = html.indexOf('>', at + open);
		if (bodyStart === -1) return problems;
		const end = scriptEnd(html, bodyStart + 1);
		if (end === -1) {
			problems.push(
				`the script at character ${at + open} never ends: its text opens a comment and a <script>, so the rest of the page becomes script`
			);
			return problems;
		}
		at = end + 2;
	}
}

/** Index of the `</script` that ends a script whose text starts at `from`, or -1. */
function scriptEnd(html: string, from: number): number {
	let state: 'data' | 'escaped' | 'double' = 'data';
	for (let i = from; i < html.length; i++) {
		if (html[i] === '-' && html.startsWith('-->', i) && state !== 'data') {
			state = 'data';
			i += 2;
			continue;
		}
		if (html[i] !== '<') continue;
		const rest = html.slice(i, i + 9);
		if (state === 'data' && html.startsWith('<!--', i)) {
			state = 'escaped';
			i += 1; // the dashes of `<!--` may also close it, as in `<!-->`
		} else if (END_TAG.test(rest)) {
			if (state === 'double') state = 'escaped';
			else return i;
		} else if (state === 'escaped' && START_TAG.test(rest)) {
			state = 'double';
		}
	}
	return -1;
}
