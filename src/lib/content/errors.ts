/**
 * The catalog of author-facing errors. Each entry has a name that never changes, a title,
 * a message (what happened) and a hint (what to do). All wording lives here; checks only
 * produce data (`ContentIssue`), and `formatIssue` turns it into text.
 */

type Params = Record<string, string | number>;

interface Entry<P extends Params> {
	/**
	 * 'warning': advice about item quality (src/lib/content/lint.ts) that never stops a
	 * validation or a build, except with --strict. Without it, an error.
	 */
	severity?: 'warning';
	title: string;
	/** One paragraph for the authoring guide: when this error appears. */
	explain: string;
	message: (p: P) => string;
	hint: (p: P) => string;
}

function entry<P extends Params>(e: Entry<P>): Entry<P> {
	return e;
}

const q = (s: string | number) => `"${s}"`;

export const catalog = {
	'syntax-error': entry<{ line: number; column: number; problem: string; frame: string }>({
		title: 'Syntax error',
		explain:
			'The file is not valid TypeScript: usually a missing comma between two fields or two questions, a quote that is not closed, or a bracket too many or too few. The message points at the slip itself.',
		message: (p) => `Line ${p.line}, column ${p.column}: ${p.problem}.\n${p.frame}`,
		hint: () =>
			'Fix the file at the caret (^). Every field ends with a comma, every text is closed with the quote it opened with, and every { [ ( has its } ] ).'
	}),
	'module-not-found': entry<{ module: string; suggestion: string }>({
		title: 'Import not found',
		explain: 'An `import` at the top of the file names a file that does not exist.',
		message: (p) => `The file imports ${q(p.module)}, which does not exist.`,
		hint: (p) =>
			p.suggestion
				? `Write ${q(p.suggestion)} instead.`
				: "Check the path: banks import their helper with `import { defineBank } from '../define';`."
	}),
	'file-threw': entry<{ message: string; line: number }>({
		title: 'File failed while loading',
		explain:
			'The file is valid TypeScript, but code in it raised an error while it was read (for example a function that throws, or a value used before it exists).',
		message: (p) =>
			`Reading the file failed${p.line ? ` at line ${p.line}` : ''} with the error: ${p.message}`,
		hint: () =>
			'Banks are plain lists of questions: remove code that computes them, or fix the line named.'
	}),
	'missing-file': entry<{ expected: string }>({
		title: 'Missing file',
		explain: 'Every course folder needs a `course.ts` and an `article.ts`.',
		message: (p) => `The course folder has no ${p.expected}.`,
		hint: (p) => `Create ${p.expected}; copy the one in questions/north-korea-russia/ as a start.`
	}),
	'no-default-export': entry<{ helper: string }>({
		title: 'No default export',
		explain: 'Each course file must hand its content to Readback with `export default`.',
		message: () => 'The file has no default export.',
		hint: (p) => `Write \`export default ${p.helper}(...)\`.`
	}),
	'missing-field': entry<{ field: string }>({
		title: 'Missing field',
		explain: 'A required field is absent.',
		message: (p) => `The field ${q(p.field)} is required but missing.`,
		hint: (p) => `Add ${q(p.field)}. The authoring guide lists the fields of every question type.`
	}),
	'wrong-type': entry<{ expected: string; received: string }>({
		title: 'Wrong kind of value',
		explain: 'A field holds the wrong kind of value, for example a number where text belongs.',
		message: (p) => `Expected ${p.expected}, found ${p.received}.`,
		hint: (p) =>
			p.expected === 'text' ? 'Put the text in quotes.' : `Replace the value with ${p.expected}.`
	}),
	'misspelled-field': entry<{ field: string; expected: string }>({
		title: 'Misspelled field',
		explain:
			'A field name is not part of the content model and looks like a required field that is missing: one typo, reported once.',
		message: (p) =>
			`The field ${q(p.field)} is not known here, and the required field ${q(p.expected)} is missing.`,
		hint: (p) => `Rename ${q(p.field)} to ${q(p.expected)}.`
	}),
	'unknown-field': entry<{ field: string; nearest: string }>({
		title: 'Unknown field',
		explain: 'A field name is not part of the content model (often a typo).',
		message: (p) => `The field ${q(p.field)} is not known here.`,
		hint: (p) =>
			p.nearest
				? `Did you mean ${q(p.nearest)}?`
				: 'Remove it; the authoring guide lists the fields.'
	}),
	'unknown-question-type': entry<{ type: string; nearest: string; types: string }>({
		title: 'Unknown question type',
		explain: 'The `type` of a question is not one of the supported question types.',
		message: (p) => `There is no question type ${q(p.type)}.`,
		hint: (p) => `${p.nearest ? `Did you mean ${q(p.nearest)}? ` : ''}The types are: ${p.types}.`
	}),
	'invalid-value': entry<{ allowed: string }>({
		title: 'Value not allowed',
		explain: 'A field accepts only a few values, for example a difficulty of 1, 2 or 3.',
		message: (p) => `This value is not allowed; it must be one of ${p.allowed}.`,
		hint: (p) => `Use one of ${p.allowed}.`
	}),
	'invalid-id': entry<{ id: string; suggestion: string }>({
		title: 'Invalid id',
		explain:
			'Ids reach the LMS, so they are restricted: lower-case letters, digits and single hyphens, at most 64 characters.',
		message: (p) => `The id ${q(p.id)} is not a valid id.`,
		hint: (p) =>
			`Use lower-case letters, digits and single hyphens${p.suggestion ? `, e.g. ${q(p.suggestion)}` : ''}.`
	}),
	'empty-text': entry<Params>({
		title: 'Empty text',
		explain: 'A text field is empty or only spaces.',
		message: () => 'This text is empty.',
		hint: () => 'Write the text, or remove the field if it is optional.'
	}),
	'control-character': entry<{ character: string; position: number }>({
		title: 'Control character in text',
		explain:
			'A text holds an invisible control character, usually pasted from a PDF or a word processor. LMSs refuse it, and in a title it makes the package manifest invalid XML.',
		message: (p) =>
			`This text holds the invisible control character ${p.character} (character ${p.position}).`,
		hint: () =>
			'Delete it: retype the text around that place, or paste it as plain text. Tabs and line breaks are fine.'
	}),
	'too-few-items': entry<{ minimum: number; found: number }>({
		title: 'Too few items',
		explain: 'A list needs more entries, for example a choice question needs at least two choices.',
		message: (p) => `This list needs at least ${p.minimum} item(s); it has ${p.found}.`,
		hint: () => 'Add the missing entries.'
	}),
	'too-many-items': entry<{ maximum: number; found: number }>({
		title: 'Too many items',
		explain: 'A list is longer than allowed; choices are limited to 36 by SCORM 1.2.',
		message: (p) => `This list allows at most ${p.maximum} item(s); it has ${p.found}.`,
		hint: () => 'Remove entries, or split the question in two.'
	}),
	'number-out-of-range': entry<{ range: string; found: string }>({
		title: 'Number out of range',
		explain: 'A number is outside its range, for example a mastery score above 100.',
		message: (p) => `The number ${p.found} is outside the range ${p.range}.`,
		hint: (p) => `Use a whole number in ${p.range}.`
	}),
	'invalid-content': entry<{ detail: string }>({
		title: 'Invalid content',
		explain: 'The value does not fit the content model in some other way; the message says how.',
		message: (p) => p.detail,
		hint: () => 'Compare with a working example in the authoring guide.'
	}),
	'bank-not-a-list': entry<{ received: string }>({
		title: 'Bank is not a list',
		explain:
			'A bank file must export its questions as a list, written straight into the file: `export default defineBank([ … ])`. A promise (an `async` function, `await`, `Promise`) or any other value is not read.',
		message: (p) => `The bank's default export is ${p.received}, not a list of questions.`,
		hint: () =>
			'Write `export default defineBank([ … ]);` with the questions inside the square brackets, without `async`, `await` or `Promise`.'
	}),
	'course-without-questions': entry<Record<string, never>>({
		title: 'Course without questions',
		explain:
			'A course needs questions: without any, the lesson could only report a score nobody earned.',
		message: () => 'The course has no questions.',
		hint: () =>
			'Add a bank: a `.ts` file next to course.ts that starts with `export default defineBank([`. The authoring guide has a complete example.'
	}),
	'objective-without-questions': entry<{ objective: string }>({
		title: 'Objective without questions',
		explain:
			'Every learning objective must be assessed by at least one question (four or more let the lesson decide mastery with confidence); an objective nobody asks about would be reported to the LMS without evidence.',
		message: (p) => `No question assesses the objective ${q(p.objective)}.`,
		hint: (p) =>
			`Add questions with \`objective: ${q(p.objective)}\` (four or more), or remove the objective from course.ts.`
	}),
	'id-codes-clash': entry<{ count: number }>({
		title: 'Too many questions to resume safely',
		explain:
			'The lesson saves progress in the LMS with a short code per question id. Readback chooses the codes so that no two ids of a course share one; for a bank far beyond 10,000 questions no choice works, and an answer could be lost on resume.',
		message: (p) =>
			`The ${p.count} question ids of this course cannot all be given their own resume code.`,
		hint: () => 'Split the course into two courses (two folders, two packages).'
	}),
	'mastery-unreachable': entry<{ mastery: number; min: number; max: number }>({
		title: 'Mastery score out of reach',
		explain:
			'The build runs the lesson for a learner who answers everything right and one who answers everything wrong. A mastery score above the first would fail everybody; one at or below the second would pass everybody.',
		message: (p) =>
			p.mastery > p.max
				? `No learner can reach the mastery score ${p.mastery}: every answer right scores ${p.max}.`
				: `Every learner passes with the mastery score ${p.mastery}: every answer wrong already scores ${p.min}.`,
		hint: (p) => `Use a mastery score from ${p.min + 1} to ${p.max}.`
	}),
	'duplicate-id': entry<{ kind: string; id: string; first: string }>({
		title: 'Duplicate id',
		explain:
			'Ids must be unique: question ids across the whole course (the LMS keys its reports by them), passage, objective and choice ids within their list.',
		message: (p) => `The ${p.kind} id ${q(p.id)} is used twice.`,
		hint: (p) => `It is already used at ${p.first}. Give one of them a new id.`
	}),
	'unknown-passage': entry<{ passage: string; nearest: string; quoted: string }>({
		title: 'Unknown passage',
		explain: 'A question or objective names a passage id that the article does not have.',
		message: (p) => `There is no passage ${q(p.passage)} in the article.`,
		hint: (p) =>
			p.quoted
				? `The quote is in passage ${q(p.quoted)}: set "passage" to ${q(p.quoted)}.`
				: p.nearest
					? `Did you mean ${q(p.nearest)}?`
					: 'Use one of the passage ids in article.ts.'
	}),
	'unknown-objective': entry<{ objective: string; nearest: string }>({
		title: 'Unknown objective',
		explain: 'A question names an objective id that course.ts does not define.',
		message: (p) => `There is no objective ${q(p.objective)} in the course.`,
		hint: (p) =>
			p.nearest ? `Did you mean ${q(p.nearest)}?` : 'Use one of the objective ids in course.ts.'
	}),
	'quote-not-in-passage': entry<{
		quote: string;
		passage: string;
		closest: string;
		elsewhere: string;
	}>({
		title: 'Quote not in passage',
		explain:
			'The quote must be copied verbatim from the passage the question names: same words, same punctuation, same apostrophes.',
		message: (p) => `The quote ${q(p.quote)} is not in passage ${q(p.passage)}.`,
		hint: (p) =>
			p.elsewhere
				? `The quote is in passage ${q(p.elsewhere)}: set "passage" to ${q(p.elsewhere)}.`
				: p.closest
					? `The passage says ${q(p.closest)}. Quotes must be copied verbatim.`
					: 'Copy the quote verbatim from the passage.'
	}),
	'figure-without-alt': entry<{ image: string; empty: 'yes' | 'no' }>({
		title: 'Figure without alt text',
		explain:
			'Every figure needs `alt`: the words a screen reader says instead of the image, also shown when the image cannot load. Say what the image shows that matters to the passage (a map: the places and what it marks; a chart: the trend and the key numbers) in a sentence or two, without "image of". An image that only decorates is not a figure: leave it out.',
		message: (p) =>
			p.empty === 'yes'
				? `The figure ${q(p.image)} has an empty alt text.`
				: `The figure ${q(p.image)} has no alt text.`,
		hint: () =>
			"Write what the image shows for a learner who cannot see it, e.g. alt: 'Map of the Korean peninsula: Russia borders North Korea for 18 km in the north-east'."
	}),
	'figure-sentence-not-found': entry<{ after: string; passage: string; closest: string }>({
		title: 'Figure placed after a sentence not in the passage',
		explain:
			"A figure's `after` quotes the sentence the figure follows, verbatim, like a question's quote: any part of that one sentence, copied from the figure's own passage.",
		message: (p) =>
			`The sentence quoted in "after", ${q(p.after)}, is not in passage ${q(p.passage)}.`,
		hint: (p) =>
			p.closest
				? `The passage says ${q(p.closest)}. Copy the words verbatim.`
				: 'Copy a few words of the sentence the figure follows, verbatim, or leave out "after" to put the figure at the end of the passage.'
	}),
	'figure-sentence-unclear': entry<{
		after: string;
		reason: 'spans' | 'repeated';
		sentences: string;
	}>({
		title: 'Figure placed after an unclear sentence',
		explain:
			'A figure goes after one sentence, the one that holds the words its `after` quotes: they must lie inside one sentence, and only one sentence of the passage may hold them.',
		message: (p) =>
			p.reason === 'spans'
				? `The words quoted in "after", ${q(p.after)}, run over these sentences: ${p.sentences}.`
				: `The words quoted in "after", ${q(p.after)}, are in more than one sentence: ${p.sentences}.`,
		hint: (p) =>
			p.reason === 'spans'
				? 'Quote words of the one sentence the figure follows (the figure goes after the whole sentence).'
				: 'Quote more words, so that only the sentence the figure follows holds them.'
	}),
	'wrong-correct-count': entry<{ found: number; marked: string }>({
		title: 'Single choice needs one correct choice',
		explain: 'A single-choice question must have exactly one choice with `correct: true`.',
		message: (p) =>
			`A single-choice question needs exactly one correct choice; it has ${p.found}${p.marked ? ` (${p.marked})` : ''}.`,
		hint: (p) =>
			p.found === 0
				? 'Add `correct: true` to the right choice.'
				: 'Keep `correct: true` on one choice only, or make it a multiple-response question.'
	}),
	'no-correct-choice': entry<Params>({
		title: 'No correct choice',
		explain: 'A multiple-response question needs at least one choice with `correct: true`.',
		message: () => 'A multiple-response question needs at least one correct choice; it has none.',
		hint: () => 'Add `correct: true` to every right choice.'
	}),
	'course-id-mismatch': entry<{ id: string; folder: string }>({
		title: 'Course id differs from its folder',
		explain:
			'The `id` in course.ts must be the name of the course folder: commands such as `--course <id>` find a course by its folder, and the package is named after the id.',
		message: (p) => `The course id ${q(p.id)} is not the folder name ${q(p.folder)}.`,
		hint: (p) => `Set \`id: '${p.folder}'\`, or rename the folder to ${q(p.id)}.`
	}),
	'passage-not-in-objective': entry<{ passage: string; objective: string; passages: string }>({
		title: 'Passage outside the objective',
		explain:
			'A question’s passage must be one of the passages its objective covers: the lesson sends a learner who misses the objective back to those passages.',
		message: (p) =>
			`Passage ${q(p.passage)} is not one of the passages of objective ${q(p.objective)} (${p.passages}).`,
		hint: (p) =>
			`Pick another objective, or add ${q(p.passage)} to the passages of ${q(p.objective)} in course.ts.`
	}),
	'numeric-answer-shape': entry<Params>({
		title: 'Numeric answer missing or mixed',
		explain:
			'A numeric question gives either `answer` (with an optional `tolerance`) or both `min` and `max`, not both forms and not neither.',
		message: () =>
			'The right answer must be given as `answer` or as `min` and `max`, and only one way.',
		hint: () => 'Write e.g. `answer: 10` or `answer: 10, tolerance: 1` or `min: 9, max: 11`.'
	}),
	'numeric-range-reversed': entry<{ min: number; max: number }>({
		title: 'Range reversed',
		explain: 'The `min` of a numeric question is larger than its `max`.',
		message: (p) => `The range ${p.min} to ${p.max} is empty: min is larger than max.`,
		hint: () => 'Swap the two values.'
	}),
	'unknown-target': entry<{ match: string; nearest: string }>({
		title: 'Unknown matching target',
		explain: 'A premise of a matching question names a target id that the question does not have.',
		message: (p) => `There is no target ${q(p.match)} in this question.`,
		hint: (p) =>
			p.nearest ? `Did you mean ${q(p.nearest)}?` : 'Use the id of one of the `targets`.'
	}),
	'anticipated-is-accepted': entry<{ answer: string }>({
		title: 'Anticipated answer is accepted',
		explain:
			'A fill-in question lists, among the anticipated wrong answers, one that matches an accepted answer (answers are compared ignoring case, accents, punctuation and spacing).',
		message: (p) => `The anticipated wrong answer ${q(p.answer)} matches an accepted answer.`,
		hint: () => 'Remove it from `anticipated`, or from `answers` if it is really wrong.'
	}),
	'quote-spans-sentences': entry<{ sentences: string }>({
		title: 'Quote runs over two sentences',
		explain:
			'In an evidence question the right sentence is the one that contains the quote, so the quote must lie inside one sentence.',
		message: (p) => `The quote is in the passage but runs over these sentences: ${p.sentences}.`,
		hint: () =>
			'Shorten the quote to the part inside the one sentence that proves the answer (the learner is asked to pick that sentence).'
	}),
	'too-many-sentences': entry<{ found: number }>({
		title: 'Passage too long for an evidence question',
		explain:
			'An evidence question reports the chosen sentence as a SCORM 1.2 choice, which allows 36 options.',
		message: (p) => `The passage has ${p.found} sentences; an evidence question allows at most 36.`,
		hint: () => 'Split the passage into smaller passages in article.ts.'
	}),
	'distractor-is-answer': entry<{ quote: string }>({
		title: 'Distractor in the right sentence',
		explain:
			'An evidence question gives feedback for a tempting wrong sentence, but the distractor quote lies in the right sentence.',
		message: (p) => `The distractor quote ${q(p.quote)} is in the sentence that holds the answer.`,
		hint: () => 'Quote a part of a different, wrong sentence.'
	}),

	'invalid-colour': entry<{ value: string }>({
		title: 'Colour not a hex code',
		explain:
			'Theme colours are written as hex codes, the form every design tool shows: `#` and six hex digits (or three).',
		message: (p) => `${q(p.value)} is not a hex colour code.`,
		hint: () => 'Write it as # and six hex digits, for example "#0b57d0" (or three: "#06c").'
	}),
	'low-contrast': entry<{
		field: string;
		mode: string;
		colour: string;
		where: string;
		fg: string;
		bg: string;
		ratio: string;
		required: string;
		kind: string;
		suggestion: string;
		suggestionRatio: string;
		direction: string;
	}>({
		title: 'Colour contrast too low',
		explain:
			'The build computes the WCAG 2.x contrast ratio of the accent with every colour it meets: the page and the panels it is drawn on, and the text of main buttons drawn on it, in light mode (`accent`) and in dark mode (`accentDark`). Text needs 4.5:1, focus rings and borders 3:1 (WCAG AA). The hint names the nearest colour of the same hue that passes everywhere: darker for light mode, lighter for dark mode.',
		message: (p) =>
			`The ${p.field} ${p.colour} reaches only ${p.ratio} for ${p.where} (${p.fg} on ${p.bg}) in ${p.mode} mode; ${p.kind === 'text' ? 'text needs' : 'focus rings and borders need'} ${p.required} (WCAG AA).`,
		hint: (p) =>
			`Use a ${p.direction} colour of the same hue, which passes everywhere the accent is used: ${p.field}: '${p.suggestion}' (${p.suggestionRatio} or more)${p.field === 'accentDark' ? '. Or leave out accentDark: Readback then derives a dark-mode accent from accent' : ''}.`
	}),
	'web-font': entry<{ font: string; found: string }>({
		title: 'Web font in the font stack',
		explain:
			"The theme's `font` lists fonts already installed on learners' devices (a system font stack). A web font would be fetched from elsewhere, which the lesson's security policy forbids (it loads nothing from outside the package), and would slow the first screen.",
		message: (p) => `The font stack ${q(p.font)} loads a font from elsewhere (${p.found}).`,
		hint: () =>
			'Name fonts that devices have, ending with a generic family, for example "Georgia, \'Times New Roman\', serif" or "system-ui, sans-serif".'
	}),
	'invalid-font-stack': entry<{ font: string; item: string; reason: 'syntax' | 'no-generic' }>({
		title: 'Font stack not valid',
		explain:
			"The theme's `font` is a CSS font stack: family names separated by commas, each in plain words or in quotes, ending with a generic family (serif, sans-serif, system-ui, monospace…) that every device has.",
		message: (p) =>
			p.reason === 'syntax'
				? `${q(p.item)} in the font stack is not a font family name.`
				: `The font stack ends with ${q(p.item)}, not with a generic family.`,
		hint: (p) =>
			p.reason === 'syntax'
				? "Write each family in plain words (Segoe UI) or in quotes ('Times New Roman'), with commas between them and without ; { } < > or backslashes."
				: `Add a generic family at the end, for example ${q(`${p.font}, sans-serif`)}: a device without the fonts named uses it.`
	}),
	'invalid-file-name': entry<{ name: string; suggestion: string }>({
		title: 'File name not allowed',
		explain:
			'A file named in the course (a logo) goes into the package under that name, which appears in web addresses and in the manifest: letters, digits, dots, hyphens and underscores, with / between folders, starting with neither a dot nor a slash.',
		message: (p) => `The file name ${q(p.name)} cannot go into a package as it is.`,
		hint: (p) =>
			`Rename the file with letters, digits, dots, hyphens and underscores only${p.suggestion ? `, e.g. ${q(p.suggestion)}` : ''}, and write its name relative to the course folder.`
	}),
	'unsupported-image': entry<{ name: string; formats: string }>({
		title: 'Image format not supported',
		explain:
			'Images are shown by every browser the lesson runs in: PNG, JPEG, GIF, WebP or SVG, named with their extension.',
		message: (p) => `${q(p.name)} is not a ${p.formats} file.`,
		hint: () =>
			'Save the image as PNG (flat colours, text), JPEG or WebP (photographs) or SVG, and write the name with its extension.'
	}),
	'file-not-found': entry<{ name: string; looked: string; similar: string }>({
		title: 'File not found',
		explain:
			"A file named in the course is not where Readback looks for it. A figure's image is looked for in the course folder; a logo in the course folder, then in the project's `static/` folder (for a logo several courses share). Names are case-sensitive. When a file with a close name is there, the hint names it.",
		message: (p) => `There is no file ${q(p.name)} in ${p.looked}.`,
		hint: (p) =>
			p.similar
				? `The folder has ${q(p.similar)}: write that name, or rename the file (capitals count).`
				: 'Put the file there, or correct the name: capitals count, and the name is relative to the folder.'
	}),
	'image-content-mismatch': entry<{ file: string; expected: string; found: string }>({
		title: 'Image not of the format its name says',
		explain:
			'The file has the extension of one image format but holds another, or no image at all (a HEIC photo renamed .jpg, a web page saved as .png). Browsers and LMSs go by the extension and the content: such a file shows as a broken image for some learners.',
		message: (p) => `${p.file} is named as a ${p.expected} image, but its content is ${p.found}.`,
		hint: (p) =>
			p.found.startsWith('a ')
				? `Rename the file with the extension of its real format, or export it again as ${p.expected}.`
				: `Open the image in an image editor and export it as ${p.expected}, PNG or JPEG.`
	}),
	'unsafe-svg': entry<{ file: string; found: string }>({
		title: 'SVG with active content',
		explain:
			'An SVG is a document that can carry scripts. Opened on its own from the package (a link, "open image in new tab"), it would run them with the LMS site\'s rights, outside the lesson\'s security policy, so Readback accepts only plain drawings: no scripts, event handlers, javascript: links, embedded HTML (foreignObject), link-changing animations, DTD entities, or files and style sheets from elsewhere.',
		message: (p) => `${p.file} contains ${p.found}.`,
		hint: () =>
			'Export the drawing again as plain SVG (in Inkscape: Save as → Optimized SVG; in Illustrator: no scripts or interactivity), or save it as PNG.'
	}),
	'file-too-large': entry<{ file: string; size: string; limit: string }>({
		title: 'File too large',
		explain:
			"Every learner downloads the package's files, often over a school network or a phone: a file above 2 MB is refused (and one above 200 KB gets a warning).",
		message: (p) => `${p.file} is ${p.size}; a file may be at most ${p.limit}.`,
		hint: () =>
			'Make it smaller: scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG.'
	}),

	// Item-quality warnings (src/lib/content/lint.ts): a test-wise learner could answer without
	// reading. They never stop `npm run validate` or the build, except with --strict.
	'word-match-cue': entry<{ words: string; kind: 'sentence' | 'option' }>({
		severity: 'warning',
		title: 'Prompt echoes the answer',
		explain:
			'The prompt shares a word with the right sentence (evidence) or the right option (single choice) and with no other sentence or option, so matching words finds the answer without reading. Words such as "the", "article" or "which" do not count, and "shipments" counts as "shipment".',
		message: (p) =>
			`The prompt shares ${p.words} with the right ${p.kind} and with no other ${p.kind}${p.kind === 'sentence' ? ' of the passage' : ''}: matching words finds the answer.`,
		hint: (p) =>
			p.kind === 'sentence'
				? 'Paraphrase the claim in the prompt with other words than the sentence’s (or words that other sentences of the passage share too).'
				: 'Reword the prompt or the right option so they do not echo each other, or use the word in a wrong option too.'
	}),
	'too-few-candidates': entry<{ found: number; kind: 'sentence' | 'choice' }>({
		severity: 'warning',
		title: 'Too few options to choose from',
		explain:
			'An evidence question on a passage of fewer than 3 sentences, or a single-choice question with fewer than 3 choices: a blind guess is right half the time or more.',
		message: (p) =>
			p.kind === 'sentence'
				? `The passage has ${p.found === 1 ? 'only 1 sentence' : `only ${p.found} sentences`} to choose from: a guess is right ${p.found === 1 ? 'every time' : `one time in ${p.found}`}.`
				: `The question has only ${p.found} choices: a guess is right one time in ${p.found}.`,
		hint: (p) =>
			p.kind === 'sentence'
				? 'Ask the evidence question on a passage of 3 sentences or more, or use another question type.'
				: 'Add plausible wrong choices (3 or 4 in all): details from the article make the best ones.'
	}),
	'cross-cue': entry<{ other: string; answer: string }>({
		severity: 'warning',
		title: 'Gives away another question’s answer',
		explain:
			'A prompt, option or feedback contains the answer of another question of the course: a typed answer, a number (beside its unit or the other prompt’s words), or the distinctive words of a right option (those that neither its prompt nor its wrong options use, nor the article’s topic words). After a wrong answer the lesson asks another question on the same objective, so the two meet.',
		message: (p) =>
			`This text gives away the answer to question ${q(p.other)} (${p.answer}): a learner who has seen it can answer ${q(p.other)} without reading.`,
		hint: (p) =>
			`Rewrite this text without that answer (quote another part of the article), or ask ${q(p.other)} about something else.`
	}),
	'order-cue': entry<{ words: string; where: 'item' | 'prompt' }>({
		severity: 'warning',
		title: 'Order given away',
		explain:
			'An ordering item carries a word that tells where it belongs (then, after, before, first, finally, next, later, in response, fires back, a year…), or the prompt fixes the first or last item ("starting with…"): part of the order is found without reading.',
		message: (p) =>
			p.where === 'item'
				? `This item says ${p.words}, which tells where it belongs in the order.`
				: `The prompt fixes an end of the order (${p.words}).`,
		hint: (p) =>
			p.where === 'item'
				? 'Describe the event itself, without words that place it in time or in reply to another item.'
				: 'Say what the order is (for example "in the order the article gives them") without naming the first or last item.'
	}),
	'length-cue': entry<{ length: number; mean: number; ratio: string }>({
		severity: 'warning',
		title: 'Right option much the longest',
		explain:
			'The right option of a single-choice question is more than 1.5 times as long as the other options on average (and 20 characters longer at least): test-wise learners pick the longest option.',
		message: (p) =>
			`The right option is ${p.ratio} times as long as the others on average (${p.length} characters against ${p.mean}).`,
		hint: () =>
			'Shorten the right option, or give the wrong options as much detail: keep all options about the same length.'
	}),
	'absolute-word': entry<{ words: string; where: 'option' | 'statement' }>({
		severity: 'warning',
		title: 'Absolute word marks a wrong answer',
		explain:
			'A wrong option says only, never, always, all, none, nowhere… and no right option does, or a false true-false statement does: such words are usually the sign of a wrong answer, and test-wise learners know it.',
		message: (p) =>
			p.where === 'option'
				? `This wrong option says ${p.words}, which no right option says: absolute words mark wrong options.`
				: `The statement is false and says ${p.words}: absolute words mark false statements.`,
		hint: (p) =>
			p.where === 'option'
				? 'Make the option wrong by its content, not by an absolute word, or word a right option as strongly.'
				: 'Make the statement false by its content (another actor, number or relation), without an absolute word.'
	}),
	'negative-stem': entry<{ word: string }>({
		severity: 'warning',
		title: 'Negative prompt not emphasised',
		explain:
			'The prompt of a choice question says "not" or "except" in small letters: a learner who reads past it answers the opposite question, and the score measures attention to one word.',
		message: (p) => `The prompt asks with ${q(p.word)} in small letters.`,
		hint: (p) =>
			`Ask the question positively; if the negative is essential, write it in capitals (${q(p.word.toUpperCase())}).`
	}),
	'objective-few-questions': entry<{ objective: string; count: number; minimum: number }>({
		severity: 'warning',
		title: 'Objective with few questions',
		explain:
			'The lesson decides whether an objective is mastered after at least 4 answers on it, and after a wrong answer it asks another question on the same objective. With fewer questions it decides on what little there is, and a learner who gets one wrong has nothing left to practise on.',
		message: (p) =>
			`Only ${p.count} question${p.count === 1 ? '' : 's'} assess${p.count === 1 ? 'es' : ''} the objective ${q(p.objective)}.`,
		hint: (p) =>
			`Give it at least ${p.minimum} questions (6 or more is better), or merge it with another objective in course.ts.`
	}),
	'over-tested-sentence': entry<{ sentence: string; count: number; questions: string }>({
		severity: 'warning',
		title: 'Sentence quoted by too many questions',
		explain:
			'More than 3 questions quote the same sentence of the article: they test one sentence again and again (and often give each other’s answers away), while other sentences go untested.',
		message: (p) => `${p.count} questions quote the sentence ${q(p.sentence)}: ${p.questions}.`,
		hint: () =>
			'Keep at most 3 questions on one sentence: move the others to sentences no question asks about.'
	}),
	'position-cue': entry<{
		pattern: 'first' | 'last' | 'right-first' | 'right-last' | 'straight' | 'reverse';
	}>({
		severity: 'warning',
		title: 'Answer in a predictable place',
		explain:
			'The question has `shuffle: false`, so every learner sees the author’s order, and the answer sits where test-wise learners look: the right option first or last, every right option before (or after) every wrong one, or matching targets in the premises’ order.',
		message: (p) =>
			p.pattern === 'first' || p.pattern === 'last'
				? `Shuffling is off and the right option is the ${p.pattern}: learners who always pick the ${p.pattern} option get it without reading.`
				: p.pattern === 'right-first' || p.pattern === 'right-last'
					? `Shuffling is off and every right option comes ${p.pattern === 'right-first' ? 'before' : 'after'} every wrong one.`
					: `Shuffling is off and the targets follow the premises in ${p.pattern === 'straight' ? 'order' : 'reverse order'}: matching straight ${p.pattern === 'straight' ? 'down' : 'up'} gets every pair.`,
		hint: () =>
			'Remove `shuffle: false` unless the order carries meaning; otherwise move the right answer to a middle place, and vary its place across the bank.'
	}),

	// A warning about the package's files (src/lib/content/assets.ts), not about item quality.
	'large-file': entry<{ file: string; size: string; limit: string }>({
		severity: 'warning',
		title: 'Large file',
		explain:
			'A file of the package is above 200 KB: every learner downloads it, often over a school network or a phone (above 2 MB it is refused).',
		message: (p) => `${p.file} is ${p.size}, more than ${p.limit}: every learner downloads it.`,
		hint: () =>
			'Scale the image to the size it is shown at, and save photographs as JPEG or WebP, drawings and logos as PNG or SVG.'
	})
} as const;

export type ErrorCode = keyof typeof catalog;
export type ErrorParams<C extends ErrorCode> = Parameters<(typeof catalog)[C]['message']>[0];

/** What a problem is about: a question, objective, passage, or the file as a whole. */
export interface Subject {
	kind: 'question' | 'objective' | 'passage' | 'course' | 'article';
	id: string;
}

export interface ContentIssue<C extends ErrorCode = ErrorCode> {
	code: C;
	/** Path of the file, relative to the project root. */
	file: string;
	subject?: Subject;
	/** Field path inside the subject, e.g. ['choices', 1, 'text']. */
	path: (string | number)[];
	params: ErrorParams<C>;
}

export function formatPath(path: readonly (string | number)[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
		.join('');
}

export function issueLocation(issue: ContentIssue): string {
	const parts = [issue.file];
	if (issue.subject) parts.push(`${issue.subject.kind} "${issue.subject.id}"`);
	if (issue.path.length > 0) parts.push(formatPath(issue.path));
	return parts.join(' → ');
}

/** Whether a problem is an item-quality warning (its catalog entry says so) rather than an error. */
export function isWarning(issue: ContentIssue): boolean {
	return (catalog[issue.code] as Entry<Params>).severity === 'warning';
}

export function formatIssue(issue: ContentIssue): string {
	const e = catalog[issue.code] as Entry<Params>;
	const params = issue.params as Params;
	const label = e.severity === 'warning' ? 'Warning: ' : '';
	return `${issueLocation(issue)}\n  ${label}${e.message(params)}\n  Hint: ${e.hint(params)} [${issue.code}]`;
}

export function formatIssues(issues: readonly ContentIssue[]): string {
	return issues.map(formatIssue).join('\n\n');
}
