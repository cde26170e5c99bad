/**
 * The preview page: plain HTML with its CSS and script inlined (read from preview.css and
 * client.js next to this file, on every request, so edits show on reload). It has the lesson's
 * colours (light and dark, src/lib/theme/palette.ts) and the chosen course's theme, the CSS its
 * package uses: the page around the lesson looks like the school's.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PALETTE, paletteCss } from '../../src/lib/theme/palette.ts';

export interface PreviewPackage {
	/** The launch file's URL path. */
	url: string;
	/** The zip's file name. */
	zip: string;
	title: string;
	schemaVersion: string;
	passingScore?: string;
	warnings: string[];
}

export interface PreviewConfig {
	courses: {
		id: string;
		title: string;
		/** The CSS of the course's theme, as its package uses it ('' for none). */
		theme: string;
		packages: Partial<Record<string, PreviewPackage>>;
	}[];
	initialCourse: string;
	/** URL path of scorm-again's browser build. */
	scormAgain: string;
}

const read = (name: string) => readFileSync(path.join(import.meta.dirname, name), 'utf8');

/** Safe inside <script> and <style>: nothing can close the element early. */
const inline = (text: string) => text.replace(/<\/(script|style)/gi, '<\\/$1');
const json = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
const escapeHtml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function renderPage(config: PreviewConfig): string {
	const fault = (id: string, label: string, help: string) => `
					<label class="option"><input type="checkbox" id="${id}" aria-describedby="${id}-help"> ${label}</label>
					<span class="note" id="${id}-help">${help}</span>`;
	const standard = (id: string, label: string) => `
					<label class="option"><input type="radio" name="standard" id="standard-${id}" value="${id}" aria-describedby="standard-${id}-note"> ${label}</label>
					<span class="note" id="standard-${id}-note"></span>`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Readback preview</title>
<link rel="icon" href="data:,">
<style>
${inline(paletteCss(DEFAULT_PALETTE))}
${inline(read('preview.css'))}
</style>
<style id="course-theme">${inline(config.courses.find((c) => c.id === config.initialCourse)?.theme ?? '')}</style>
<script src="${escapeHtml(config.scormAgain)}"></script>
<script type="application/json" id="preview-config">${json(config)}</script>
</head>
<body>
<header>
	<h1>Readback preview</h1>
	<p>The lesson as an LMS hosts it, with scorm-again as the LMS: every API call it makes, and the data the LMS stores. Everything stays on this computer.</p>
</header>
<main>
<div class="controls">
	<section aria-labelledby="launch-heading">
		<h2 id="launch-heading">Launch</h2>
		<p id="course-single" hidden></p>
		<p id="course-field" hidden><label for="course">Course</label> <select id="course"></select></p>
		<fieldset>
			<legend>Standard</legend>${standard('scorm12', 'SCORM 1.2')}${standard('scorm2004', 'SCORM 2004 (4th Edition)')}
		</fieldset>
		<ul id="warnings" hidden></ul>
		<div class="buttons">
			<button type="button" id="relaunch" aria-describedby="relaunch-help">Relaunch as returning learner</button>
			<button type="button" id="new-learner">New learner</button>
		</div>
		<span class="note" id="relaunch-help">Reloads the lesson with what the LMS stored (suspend data, location, status, interactions); entry is “resume” when the lesson left with exit “suspend”, as in Moodle.</span>
		<p id="status" role="status"></p>
	</section>
	<section aria-labelledby="faults-heading">
		<h2 id="faults-heading">LMS faults</h2>
		<fieldset>
			<legend class="visually-hidden">Faults to inject</legend>${fault('fault-no-lms', 'No LMS (standalone)', 'No API at all: reloads the lesson.')}${fault('fault-refuse-set', 'SetValue returns false', 'Every SetValue is refused (error 101 / 351).')}${fault('fault-commit-fails', 'Commit fails', 'Every Commit returns false (error 101 / 391); untick to let the lesson’s retry succeed.')}${fault('fault-throws', 'API throws', 'Every call throws an exception.')}${fault('fault-offline', 'LMS offline for 10 seconds, then back', 'Commits fail until it recovers by itself.')}
		</fieldset>
	</section>
</div>
<div class="workspace">
	<section aria-labelledby="lesson-heading">
		<h2 id="lesson-heading" class="visually-hidden">Lesson</h2>
		<div id="frame-host"></div>
	</section>
	<div class="panels">
		<section aria-labelledby="log-heading">
			<h2 id="log-heading">API calls</h2>
			<div class="log-tools">
				<label><input type="checkbox" id="hide-reads"> Hide GetValue and error inquiries</label>
				<button type="button" id="clear-log">Clear log</button>
				<span id="log-count">0 calls</span>
			</div>
			<div class="scroll" id="log-box" tabindex="0" role="region" aria-label="API call log (scrollable)">
				<table id="call-log">
					<caption class="visually-hidden">Calls the lesson made to the LMS API, oldest first</caption>
					<colgroup><col class="col-n"><col class="col-call"><col><col class="col-result"><col class="col-error"></colgroup>
					<thead><tr><th scope="col">#</th><th scope="col">Call</th><th scope="col">Arguments</th><th scope="col">Returned</th><th scope="col">Error after</th></tr></thead>
					<tbody id="log-body"></tbody>
				</table>
			</div>
		</section>
		<section aria-labelledby="cmi-heading">
			<h2 id="cmi-heading">CMI stored by the LMS</h2>
			<p id="cmi-note"></p>
			<div class="scroll" id="cmi-box" tabindex="0" role="region" aria-label="Stored CMI as JSON (scrollable)">
				<pre id="cmi"></pre>
			</div>
		</section>
	</div>
</div>
</main>
<script>
${inline(read('client.js'))}
</script>
</body>
</html>
`;
}
