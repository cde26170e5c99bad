/**
 * The preview page's script (inlined into the page as a classic script, after scorm-again's
 * build has defined window.Scorm12API and window.Scorm2004API).
 *
 * It plays the LMS: a scorm-again API preloaded with a learner, exposed as window.API (1.2) or
 * window.API_1484_11 (2004) through a logging wrapper that can also inject faults, BEFORE the
 * lesson's iframe is created. After each successful Commit or Finish/Terminate it keeps a copy
 * of the CMI: that is what an LMS would have stored, and what a returning learner gets back.
 */
(() => {
	'use strict';

	/** @type {{ courses: { id: string, title: string, theme: string, packages: Record<string, { url: string, zip: string, title: string, schemaVersion: string, passingScore?: string, warnings: string[] }> }[], initialCourse: string }} */
	const config = JSON.parse(document.getElementById('preview-config').textContent);

	const STANDARDS = ['scorm12', 'scorm2004'];
	const LABEL = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004' };
	/** The calls of each API, by role. */
	const CALLS = {
		scorm12: {
			initialize: 'LMSInitialize',
			terminate: 'LMSFinish',
			get: 'LMSGetValue',
			set: 'LMSSetValue',
			commit: 'LMSCommit',
			lastError: 'LMSGetLastError',
			errorString: 'LMSGetErrorString',
			diagnostic: 'LMSGetDiagnostic'
		},
		scorm2004: {
			initialize: 'Initialize',
			terminate: 'Terminate',
			get: 'GetValue',
			set: 'SetValue',
			commit: 'Commit',
			lastError: 'GetLastError',
			errorString: 'GetErrorString',
			diagnostic: 'GetDiagnostic'
		}
	};
	/** The error an injected failure leaves behind, as a real LMS would report it. */
	const FAULT_ERRORS = {
		scorm12: { set: ['101', 'General exception'], commit: ['101', 'General exception'] },
		scorm2004: { set: ['351', 'General Set Failure'], commit: ['391', 'General Commit Failure'] }
	};
	const INQUIRIES = ['lastError', 'errorString', 'diagnostic'];
	const LEARNER = { id: 'preview-learner', name: 'Learner, Preview' };
	const OFFLINE_MS = 10000;
	const LOG_ROWS_KEPT = 3000;

	const $ = (id) => document.getElementById(id);
	const el = (tag, props = {}, ...children) => {
		const node = Object.assign(document.createElement(tag), props);
		node.append(...children);
		return node;
	};

	const params = new URLSearchParams(location.search);
	const state = {
		course: config.courses.some((c) => c.id === params.get('course'))
			? params.get('course')
			: config.initialCourse,
		standard: params.get('standard') ?? 'scorm12',
		faults: { noLms: false, refuseSet: false, commitFails: false, throws: false, offlineUntil: 0 },
		/** The number of the current launch; calls from an earlier one are marked. */
		launch: 0,
		/** The scorm-again object of the current launch (undefined without an LMS). */
		raw: undefined,
		/** The CMI as the LMS stored it: after the last successful Commit or Finish. */
		stored: undefined,
		storedNote: '',
		calls: 0
	};
	/** Every call, for tests and for the console. */
	window.previewLog = [];

	const course = () => config.courses.find((c) => c.id === state.course);
	const packageOf = (standard) => course()?.packages[standard];

	// ---------------------------------------------------------------- status and URL

	function announce(text) {
		$('status').textContent = text;
	}

	function rememberChoice() {
		const url = new URL(location.href);
		url.searchParams.set('course', state.course);
		url.searchParams.set('standard', state.standard);
		history.replaceState(null, '', url);
	}

	// ---------------------------------------------------------------- the learner's data

	/** Drops empty strings and empty objects: "not set" for loadFromJSON. */
	function compact(value) {
		if (value === null || typeof value !== 'object') return value;
		const out = {};
		for (const [key, inner] of Object.entries(value)) {
			const kept = compact(inner);
			if (kept === '' || kept === undefined) continue;
			if (typeof kept === 'object' && Object.keys(kept).length === 0) continue;
			out[key] = kept;
		}
		return out;
	}

	function newLearner(standard, passing) {
		if (standard === 'scorm12')
			return {
				core: {
					student_id: LEARNER.id,
					student_name: LEARNER.name,
					credit: 'credit',
					lesson_mode: 'normal',
					entry: 'ab-initio'
				},
				student_data: { mastery_score: passing ?? '' }
			};
		return {
			learner_id: LEARNER.id,
			learner_name: LEARNER.name,
			credit: 'credit',
			mode: 'normal',
			entry: 'ab-initio',
			scaled_passing_score: passing ?? ''
		};
	}

	/**
	 * What Moodle hands the next launch of the same attempt: the stored data, entry "resume"
	 * when the content left with exit "suspend", "ab-initio" when it never reported a status.
	 */
	function returningLearner(standard, passing, stored) {
		const cmi = stored?.cmi ?? {};
		if (standard === 'scorm12') {
			const core = cmi.core ?? {};
			const status = core.lesson_status ?? '';
			const entry =
				status === '' || status === 'not attempted'
					? 'ab-initio'
					: core.exit === 'suspend'
						? 'resume'
						: '';
			return {
				suspend_data: cmi.suspend_data,
				launch_data: cmi.launch_data,
				comments: cmi.comments,
				core: {
					student_id: core.student_id || LEARNER.id,
					student_name: core.student_name || LEARNER.name,
					credit: 'credit',
					lesson_mode: 'normal',
					entry,
					lesson_status: status,
					lesson_location: core.lesson_location,
					score: core.score,
					total_time: core.total_time
				},
				student_data: { mastery_score: passing ?? '' },
				objectives: cmi.objectives,
				interactions: cmi.interactions
			};
		}
		const started = !['', 'unknown', 'not attempted'].includes(cmi.completion_status ?? '');
		return {
			learner_id: cmi.learner_id || LEARNER.id,
			learner_name: cmi.learner_name || LEARNER.name,
			credit: 'credit',
			mode: 'normal',
			entry: cmi.exit === 'suspend' ? 'resume' : started ? '' : 'ab-initio',
			scaled_passing_score: passing ?? '',
			suspend_data: cmi.suspend_data,
			launch_data: cmi.launch_data,
			location: cmi.location,
			completion_status: cmi.completion_status,
			success_status: cmi.success_status,
			progress_measure: cmi.progress_measure,
			score: cmi.score,
			total_time: cmi.total_time,
			objectives: cmi.objectives,
			interactions: cmi.interactions
		};
	}

	const entryOf = (standard, preload) =>
		(standard === 'scorm12' ? preload.core?.entry : preload.entry) || '(empty)';

	function clearLessonStorage() {
		try {
			for (const key of Object.keys(localStorage))
				if (key.startsWith('readback:')) localStorage.removeItem(key);
		} catch {
			// Storage may be unavailable; the lesson copes, and so does the preview.
		}
	}

	// ---------------------------------------------------------------- the logging, faulty API

	const offline = () => state.faults.offlineUntil > Date.now();

	/** The API object the content sees: every call logged, faults applied as they stand now. */
	function wrap(raw, standard, launch) {
		const names = CALLS[standard];
		/** [code, text] while the last call was an injected failure. */
		let injected;
		const api = {};
		for (const [role, name] of Object.entries(names)) {
			api[name] = (...args) => {
				const entry = {
					n: ++state.calls,
					launch,
					call: name,
					args: args.map(String),
					result: undefined,
					error: '',
					errorString: '',
					note: launch === state.launch ? '' : 'from an earlier launch'
				};
				window.previewLog.push(entry);
				const fault = (code, note) => {
					injected = code;
					entry.note = note;
					return 'false';
				};
				try {
					const f = state.faults;
					if (f.throws) {
						entry.note = 'fault: API throws';
						throw new Error(`${name}: the LMS is unreachable (preview fault)`);
					}
					if (role === 'set' && f.refuseSet)
						entry.result = fault(FAULT_ERRORS[standard].set, 'fault: SetValue returns false');
					else if (role === 'commit' && f.commitFails)
						entry.result = fault(FAULT_ERRORS[standard].commit, 'fault: Commit fails');
					else if (role === 'commit' && offline())
						entry.result = fault(FAULT_ERRORS[standard].commit, 'fault: LMS offline');
					else if (role === 'lastError' && injected) entry.result = injected[0];
					else if (INQUIRIES.includes(role) && injected && String(args[0]) === injected[0])
						entry.result = injected[1];
					else {
						if (!INQUIRIES.includes(role)) injected = undefined;
						entry.result = raw[name](...args);
					}
				} catch (error) {
					entry.threw = error instanceof Error ? error.message : String(error);
					finish(entry, role, raw, names, injected);
					throw error;
				}
				finish(entry, role, raw, names, injected);
				return entry.result;
			};
		}
		return api;
	}

	/** Records the error code after the call, keeps what the LMS stored, and shows the row. */
	function finish(entry, role, raw, names, injected) {
		if (!entry.threw) {
			const code = injected ? injected[0] : String(raw[names.lastError]());
			entry.error = code;
			if (code !== '0')
				entry.errorString = injected ? injected[1] : String(raw[names.errorString](code));
		}
		const current = entry.launch === state.launch;
		if (current && (role === 'commit' || role === 'terminate')) {
			const ok = String(entry.result) === 'true';
			if (ok) {
				state.stored = raw.renderCommitCMI(true);
				state.storedNote = `Stored after ${entry.call} (call ${entry.n}, launch ${entry.launch}) at ${new Date().toLocaleTimeString()}.`;
			} else {
				state.storedNote = `${entry.call} (call ${entry.n}) failed: the values set since the last successful commit have not reached the LMS. Showing what it stored before.`;
			}
			renderCmi();
		}
		addLogRow(entry, role);
	}

	// ---------------------------------------------------------------- the log

	const show = (value) => {
		const text = JSON.stringify(value) ?? String(value);
		return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
	};

	function keepScrolled(update) {
		const box = $('log-box');
		const atEnd = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
		update();
		if (atEnd) box.scrollTop = box.scrollHeight;
		const body = $('log-body');
		while (body.rows.length > LOG_ROWS_KEPT) body.deleteRow(0);
		$('log-count').textContent = `${state.calls} call${state.calls === 1 ? '' : 's'}`;
	}

	function addLogRow(entry, role) {
		// Error inquiries only report an earlier failure: the call itself is not marked.
		const failed =
			!INQUIRIES.includes(role) &&
			Boolean(entry.threw || String(entry.result) === 'false' || entry.error !== '0');
		const returned = el('td', { textContent: entry.threw ? 'threw' : show(entry.result) });
		const note = [entry.note, entry.threw].filter(Boolean).join(': ');
		if (note) returned.append(el('span', { className: 'call-note', textContent: note }));
		const classes = [];
		if (INQUIRIES.includes(role) || role === 'get') classes.push('read');
		if (failed) classes.push('failed');
		const row = el(
			'tr',
			{ className: classes.join(' ') },
			el('td', { textContent: String(entry.n) }),
			el('td', { textContent: entry.call }),
			el('td', { textContent: entry.args.map(show).join(', ') }),
			returned,
			el('td', {
				textContent: entry.threw
					? '—'
					: `${entry.error}${entry.errorString ? ` ${entry.errorString}` : ''}`
			})
		);
		row.dataset.call = entry.call;
		keepScrolled(() => $('log-body').append(row));
	}

	function addLogHeading(text) {
		const row = el(
			'tr',
			{ className: 'launch' },
			el('th', { colSpan: 5, scope: 'colgroup', textContent: text })
		);
		keepScrolled(() => $('log-body').append(row));
	}

	// ---------------------------------------------------------------- the stored CMI

	function renderCmi() {
		$('cmi-note').textContent = state.raw
			? state.storedNote
			: 'No LMS: nothing is stored (the lesson runs standalone).';
		$('cmi').textContent = state.raw && state.stored ? JSON.stringify(state.stored, null, 2) : '';
	}

	// ---------------------------------------------------------------- launching

	/**
	 * Removes the lesson (it may still call its old API while unloading), then creates the new
	 * API and only then the iframe. kind: 'new' (a fresh learner), 'returning' (the stored data).
	 */
	function launch(kind) {
		const host = $('frame-host');
		host.replaceChildren();
		state.launch += 1;
		delete window.API;
		delete window.API_1484_11;
		if (kind === 'new') {
			clearLessonStorage();
			state.stored = undefined;
		}
		const c = course();
		const pkg = packageOf(state.standard);
		updateControls();
		if (!c || !pkg) {
			state.raw = undefined;
			renderCmi();
			host.append(
				el('p', { className: 'missing', textContent: 'No package to show: run npm run build.' })
			);
			announce('No package to show.');
			return;
		}
		let description;
		if (state.faults.noLms) {
			state.raw = undefined;
			description = `Launch ${state.launch}: no LMS (standalone), ${LABEL[state.standard]}`;
		} else {
			const passing = pkg.passingScore;
			const preload =
				kind === 'returning' && state.stored
					? returningLearner(state.standard, passing, state.stored)
					: newLearner(state.standard, passing);
			const Api = state.standard === 'scorm12' ? window.Scorm12API : window.Scorm2004API;
			// Moodle's defaults: nothing is sent until Commit, and mastery override is on.
			const raw = new Api({ logLevel: 5, autocommit: false, mastery_override: true });
			raw.loadFromJSON(compact(preload));
			state.raw = raw;
			state.stored = raw.renderCommitCMI(true);
			state.storedNote = `Preloaded for launch ${state.launch}; nothing committed yet.`;
			const api = wrap(raw, state.standard, state.launch);
			if (state.standard === 'scorm12') window.API = api;
			else window.API_1484_11 = api;
			const learner = kind === 'returning' ? 'returning learner' : 'new learner';
			description = `Launch ${state.launch}: ${learner}, ${LABEL[state.standard]}, entry = ${entryOf(state.standard, preload)}`;
		}
		renderCmi();
		addLogHeading(description);
		host.append(
			el('iframe', {
				id: 'scorm_object',
				name: 'scorm_object',
				title: `Lesson: ${pkg.title}`,
				src: pkg.url
			})
		);
		announce(`${description}.`);
	}

	// ---------------------------------------------------------------- controls

	function updateControls() {
		const c = course();
		for (const standard of STANDARDS) {
			const radio = $(`standard-${standard}`);
			const pkg = c?.packages[standard];
			radio.disabled = !pkg;
			radio.checked = state.standard === standard;
			$(`standard-${standard}-note`).textContent = pkg
				? `${pkg.zip}${pkg.passingScore ? `, passing score ${pkg.passingScore}` : ', no passing score in the manifest'}`
				: `not available: dist has no ${state.course}-${standard}.zip`;
		}
		const warnings = STANDARDS.flatMap((s) =>
			(c?.packages[s]?.warnings ?? []).map((w) => `${LABEL[s]}: ${w}`)
		);
		$('warnings').replaceChildren(...warnings.map((w) => el('li', { textContent: w })));
		$('warnings').hidden = warnings.length === 0;
		const lms = !state.faults.noLms && Boolean(packageOf(state.standard));
		$('relaunch').disabled = !lms;
	}

	/** The page takes the chosen course's theme (its colours and font), as its package does. */
	function showTheme() {
		$('course-theme').textContent = course()?.theme ?? '';
	}

	/** Picks a standard the course has: the chosen one if possible. */
	function settleStandard() {
		const c = course();
		if (c && !c.packages[state.standard])
			state.standard = STANDARDS.find((s) => c.packages[s]) ?? state.standard;
	}

	function setUp() {
		const select = $('course');
		select.replaceChildren(
			...config.courses.map((c) =>
				el('option', { value: c.id, textContent: `${c.title} (${c.id})` })
			)
		);
		select.value = state.course;
		showTheme();
		$('course-field').hidden = config.courses.length < 2;
		$('course-single').hidden = config.courses.length !== 1;
		$('course-single').textContent = `Course: ${course()?.title ?? ''} (${state.course})`;
		select.addEventListener('change', () => {
			state.course = select.value;
			showTheme();
			settleStandard();
			rememberChoice();
			launch('new');
		});
		for (const standard of STANDARDS)
			$(`standard-${standard}`).addEventListener('change', (event) => {
				if (!event.target.checked) return;
				state.standard = standard;
				rememberChoice();
				launch('new');
			});
		$('relaunch').addEventListener('click', () => launch('returning'));
		$('new-learner').addEventListener('click', () => launch('new'));

		const faults = state.faults;
		$('fault-no-lms').addEventListener('change', (event) => {
			faults.noLms = event.target.checked;
			launch('returning');
		});
		const live = (id, key, text) =>
			$(id).addEventListener('change', (event) => {
				faults[key] = event.target.checked;
				announce(`${text} ${event.target.checked ? 'on' : 'off'}.`);
			});
		live('fault-refuse-set', 'refuseSet', 'SetValue returns false:');
		live('fault-commit-fails', 'commitFails', 'Commit fails:');
		live('fault-throws', 'throws', 'API throws:');
		let recover;
		$('fault-offline').addEventListener('change', (event) => {
			clearTimeout(recover);
			if (!event.target.checked) {
				faults.offlineUntil = 0;
				announce('The LMS is back online.');
				return;
			}
			faults.offlineUntil = Date.now() + OFFLINE_MS;
			announce(`The LMS is offline for ${OFFLINE_MS / 1000} seconds: every Commit fails.`);
			recover = setTimeout(() => {
				faults.offlineUntil = 0;
				event.target.checked = false;
				announce('The LMS is back online: the lesson’s next retry should succeed.');
			}, OFFLINE_MS);
		});
		// The page may come back from the cache with boxes still ticked: start from a clean LMS.
		for (const id of [
			'fault-no-lms',
			'fault-refuse-set',
			'fault-commit-fails',
			'fault-throws',
			'fault-offline'
		])
			$(id).checked = false;

		$('hide-reads').addEventListener('change', (event) =>
			$('call-log').classList.toggle('hide-reads', event.target.checked)
		);
		$('clear-log').addEventListener('click', () => {
			$('log-body').replaceChildren();
			window.previewLog.length = 0;
			announce('Log cleared.');
		});
	}

	if (typeof window.Scorm12API !== 'function' || typeof window.Scorm2004API !== 'function') {
		announce('scorm-again did not load: the preview cannot play the LMS.');
		return;
	}
	setUp();
	settleStandard();
	rememberChoice();
	launch('new');
})();
