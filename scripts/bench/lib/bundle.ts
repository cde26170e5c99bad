/**
 * What the self-contained index.html is made of: inline JS, inline CSS and the HTML around them;
 * and, inside the JS, an estimate of what belongs to the Svelte runtime, the SvelteKit client
 * (in packages built before the lesson ran without it), the course content and the app code.
 *
 * The bundle is one IIFE in which the bundler keeps modules in dependency order: Svelte's
 * runtime, then SvelteKit's client, then the app (the course data first, as the page imports
 * it first), then Kit's generated manifest (nodes, hooks, error template). Lazily initialised
 * modules end with a `x = init(() => {…})` wrapper, preceded by their hoisted functions. The
 * split points are found by markers and moved back to the end of the previous module wrapper:
 * - SvelteKit starts at the first module that mentions `sveltekit` (or Kit's redirect error);
 * - the course part runs from the first to the last module holding a course marker: now only
 *   the module that reads the course from the page's data block (the id of that block), as the
 *   course itself is data in the page, not code;
 * - Kit's generated tail starts at the first later module holding `server_loads` or the error
 *   page template (`<!doctype html>`).
 * Small misattributions remain (bundler helpers count as Svelte; the app's tiny layout and
 * Kit's root and error components count as Kit): an estimate, to within a few hundred bytes.
 */
import { gzipSync } from 'node:zlib';
import ts from 'typescript';

export function bytes(text: string): number {
	return Buffer.byteLength(text, 'utf8');
}

export function gzip(data: string | Uint8Array): number {
	return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, { level: 9 }).length;
}

export interface HtmlParts {
	/** Contents of each inline `<script>` that runs (no `src`, not a data block). */
	scripts: string[];
	/** Contents of each data block (`<script type="application/json">`: the course). */
	data: string[];
	/** Contents of each `<style>`. */
	styles: string[];
	/** Everything else: markup, head, whitespace, the script and style tags themselves. */
	html: string;
}

export function splitHtml(source: string): HtmlParts {
	const scripts: string[] = [];
	const data: string[] = [];
	const styles: string[] = [];
	let html = source.replace(
		/(<script\b([^>]*)>)([\s\S]*?)(<\/script\s*>)/gi,
		(all, open: string, attrs: string, body: string, close: string) => {
			if (/\bsrc\s*=/i.test(attrs)) return all;
			if (/\btype\s*=\s*"application\/json"/i.test(attrs)) data.push(body);
			else scripts.push(body);
			return open + close;
		}
	);
	html = html.replace(
		/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/gi,
		(_all, open: string, body: string, close: string) => {
			styles.push(body);
			return open + close;
		}
	);
	return { scripts, data, styles, html };
}

export const JS_PARTS = ['svelte', 'kit', 'course', 'app'] as const;
export type JsPart = (typeof JS_PARTS)[number];

export interface JsAttribution {
	/** False when the markers were not found in order: only the JS total is known then. */
	located: boolean;
	parts: Record<JsPart, string>;
	note?: string;
}

interface Unit {
	start: number;
	end: number;
	/** `name = init(() => {…})`: the end of a lazily initialised module. */
	wrapper: boolean;
}

function isFunctionWithBody(node: ts.Node): node is ts.FunctionExpression | ts.ArrowFunction {
	return (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) && ts.isBlock(node.body);
}

/** The outermost function with the largest body: the bundle's IIFE. */
function largestFunction(file: ts.SourceFile): ts.Block | undefined {
	let best: ts.Block | undefined;
	const visit = (node: ts.Node) => {
		if (isFunctionWithBody(node)) {
			const body = node.body as ts.Block;
			if (!best || body.end - body.pos > best.end - best.pos) best = body;
			return; // an inner function is smaller than its outer one
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return best;
}

function isWrapper(declaration: ts.VariableDeclaration): boolean {
	const init = declaration.initializer;
	if (!init || !ts.isCallExpression(init) || !ts.isIdentifier(init.expression)) return false;
	if (init.arguments.length !== 1) return false;
	let arg: ts.Expression = init.arguments[0]!;
	while (ts.isParenthesizedExpression(arg)) arg = arg.expression;
	return (ts.isArrowFunction(arg) || ts.isFunctionExpression(arg)) && arg.parameters.length === 0;
}

function units(file: ts.SourceFile, body: ts.Block): Unit[] {
	return body.statements.flatMap((statement): Unit[] =>
		ts.isVariableStatement(statement)
			? statement.declarationList.declarations.map((d) => ({
					start: d.getStart(file),
					end: d.end,
					wrapper: isWrapper(d)
				}))
			: [{ start: statement.getStart(file), end: statement.end, wrapper: false }]
	);
}

const KIT_MARKERS = ['sveltekit', 'Invalid redirect location'];
const TAIL_MARKERS = ['server_loads', '<!doctype html', '<!DOCTYPE html'];

/** Attributes one inline script; `courseMarkers` are strings only the course data holds. */
export function attributeScript(js: string, courseMarkers: readonly string[]): JsAttribution {
	const empty = { svelte: '', kit: '', course: '', app: '' };
	const file = ts.createSourceFile('inline.js', js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
	const body = largestFunction(file);
	const list = body ? units(file, body) : [];
	if (!body || list.length < 10) {
		// Not a bundle: a small script of its own (e.g. Kit's bootstrap) or something unknown.
		const part: JsPart = js.includes('sveltekit') ? 'kit' : 'app';
		return { located: true, parts: { ...empty, [part]: js } };
	}
	const texts = list.map((u) => js.slice(u.start, u.end));
	const has = (i: number, markers: readonly string[]) => markers.some((m) => texts[i]!.includes(m));
	// Kit's bundle wrapped lazily initialised modules; the Kit-free one (vite.app.config.ts) is
	// flat, so a module's first statement is the one holding its marker.
	const wrapped = list.some((u) => u.wrapper);
	const moduleStart = (i: number) => {
		if (!wrapped) return list[i]!.start;
		for (let j = i - 1; j >= 0; j--) if (list[j]!.wrapper) return list[j]!.end;
		return list[0]!.start;
	};
	const bodyStart = list[0]!.start;
	const bodyEnd = list.at(-1)!.end;

	const kitAt = texts.findIndex((_, i) => has(i, KIT_MARKERS));
	const courseUnits = texts.flatMap((_, i) => (has(i, courseMarkers) ? [i] : []));
	const courseFirst = courseUnits[0] ?? -1;
	const courseLast = courseUnits.at(-1) ?? -1;
	const tailAt = texts.findIndex((_, i) => i > courseLast && has(i, TAIL_MARKERS));

	const courseStart = courseFirst >= 0 ? moduleStart(courseFirst) : -1;
	// Since the packaged lesson runs without SvelteKit (vite.app.config.ts), there is no Kit part:
	// the Svelte runtime (and the few libraries before the course module) runs up to the course.
	const kitStart = kitAt >= 0 ? moduleStart(kitAt) : courseStart;
	const courseEnd = courseLast >= 0 ? list[courseLast]!.end : -1;
	const tailStart = tailAt >= 0 ? Math.max(courseEnd, moduleStart(tailAt)) : bodyEnd;
	const ordered =
		bodyStart <= kitStart &&
		kitStart <= courseStart &&
		courseStart < courseEnd &&
		courseEnd <= tailStart;
	if (!ordered) {
		const missing = courseFirst < 0 ? 'no course string' : 'markers out of the expected order';
		return { located: false, parts: { ...empty }, note: `JS not split: ${missing} in the bundle` };
	}
	return {
		located: true,
		parts: {
			svelte: kitAt >= 0 ? js.slice(bodyStart, kitStart) : js.slice(0, kitStart),
			kit: kitAt >= 0 ? js.slice(0, bodyStart) + js.slice(kitStart, courseStart) : '',
			course: js.slice(courseStart, courseEnd),
			app: js.slice(courseEnd, tailStart) + (kitAt >= 0 ? '' : js.slice(tailStart))
		}
	};
}
