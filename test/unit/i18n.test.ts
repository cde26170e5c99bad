/**
 * The interface in the course's language (issue 9, point 2): every catalog has English's
 * messages and parameters and a plural form for each category of its language; the compiled
 * messages never fall back to a message id; numbers are written the language's way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { catalogLanguages, missingCatalogNote } from '../../scripts/lib/i18n';
import { auditCatalog, messageInputs, type Catalog } from '../../src/lib/i18n/audit';
import { splitSentences } from '../../src/lib/content/sentences';
import { catalogFor } from '../../src/lib/i18n/catalog';
import { counted, formatNumber, formatPercent, m } from '../../src/lib/i18n';
import { locales } from '../../src/lib/i18n/paraglide/runtime.js';

const MESSAGES = path.join(import.meta.dirname, '../../src/lib/i18n/messages');
const read = (language: string) =>
	JSON.parse(readFileSync(path.join(MESSAGES, `${language}.json`), 'utf8')) as Catalog;
const english = read('en');
const languages = catalogLanguages();

/** Messages that read the same in every language (symbols and placeholders only). */
const SAME_EVERYWHERE = new Set(['numeric_tolerance', 'progress_answered_sentence']);
/** Words a language shares with English. */
const SAME_AS_ENGLISH: Record<string, string[]> = {
	fr: ['verdict_correct', 'mark_correct']
};

describe('catalogs', () => {
	test('English, French, German, Spanish and Arabic, each in its own file', () => {
		expect(languages).toEqual(['en', 'fr', 'de', 'es', 'ar']);
		expect([...locales]).toEqual(languages);
		const files = readdirSync(MESSAGES).filter((f) => f.endsWith('.json'));
		expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...languages].sort());
	});

	const others = languages.filter((l) => l !== 'en');
	test.each(others)(
		'%s has exactly English’s messages and parameters, and every plural form',
		(language) => {
			expect(auditCatalog(language, read(language), english)).toEqual([]);
		}
	);

	test('English has a form for each of its own plural categories', () => {
		expect(auditCatalog('en', english, english)).toEqual([]);
	});

	test.each(others)('%s is translated', (language) => {
		const catalog = read(language);
		const untranslated = Object.keys(english).filter(
			(key) =>
				key !== '$schema' &&
				!SAME_EVERYWHERE.has(key) &&
				!SAME_AS_ENGLISH[language]?.includes(key) &&
				JSON.stringify(catalog[key]) === JSON.stringify(english[key])
		);
		expect(untranslated).toEqual([]);
	});

	test('the audit reports a missing message, an extra one, a new parameter and a missing plural form', () => {
		const catalog: Catalog = { ...read('fr') };
		delete catalog.check_answer;
		catalog.no_such_message = 'x';
		catalog.reread_paragraph = 'Relire le paragraphe {numero}';
		catalog.welcome_back = [
			{
				declarations: ['input count', 'input countText', 'local countPlural = count: plural'],
				selectors: ['countPlural'],
				match: { 'countPlural=one': '{countText} question' }
			}
		];
		expect(auditCatalog('fr', catalog, english)).toEqual([
			'fr: "check_answer" is missing (English has it).',
			'fr: "welcome_back" has no form for many, other (countPlural); add them or a "countPlural=*" form.',
			'fr: "reread_paragraph" uses {numero}, which English\'s message does not have (it has {number}).',
			'fr: "no_such_message" is not a message English has.'
		]);
	});

	test('a message’s inputs: its declarations and the placeholders it shows', () => {
		expect(messageInputs('Question {number}')).toEqual(['number']);
		expect(messageInputs(english.results_answers!)).toEqual(['correctText', 'count', 'countText']);
	});
});

describe('compiled messages', () => {
	const counts = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1000000];
	test.each(languages)('%s: no count shows a message id instead of words', (language) => {
		const locale = language as (typeof locales)[number];
		for (const count of counts) {
			const texts = [
				m.welcome_back(counted(count, language), { locale }),
				m.intro({ ...counted(count, language), score: '65%' }, { locale }),
				m.updated_kept({ count }, { locale }),
				m.updated_some_kept(counted(count, language), { locale }),
				m.results_answers({ ...counted(count, language), correctText: '1' }, { locale }),
				m.accepted_answers({ count, answers: 'a' }, { locale }),
				m.progress_count_mastered(counted(count, language), { locale }),
				m.progress_count_not_mastered(counted(count, language), { locale }),
				m.progress_count_in_progress(counted(count, language), { locale }),
				m.progress_count_not_started(counted(count, language), { locale })
			];
			for (const text of texts) {
				expect(text).not.toMatch(/^[a-z_]+$/);
				expect(text).not.toContain('undefined');
			}
		}
	});

	test('English reads as before', () => {
		expect(m.welcome_back(counted(1))).toBe('Welcome back: you have answered 1 question so far.');
		expect(m.welcome_back(counted(1200))).toBe(
			'Welcome back: you have answered 1,200 questions so far.'
		);
		expect(m.missing_not_a_number({ example: formatNumber(70) })).toBe(
			'Type a number, for example 70.'
		);
	});
});

describe('counts and punctuation', () => {
	/** Every text of a catalog message (each form of one with forms). */
	const texts = (message: Catalog[string]) =>
		typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match));

	// "(3 of 5 answers fully correct)" after the score. The form is chosen by the total, so the
	// noun next to it must be the one the total counts: French once wrote "1 réponses
	// entièrement correctes sur 5", its noun counting the correct answers.
	test.each([
		[
			'en',
			[
				'1 of 5 answers fully correct',
				'0 of 1 answer fully correct',
				'2 of 2 answers fully correct'
			]
		],
		[
			'fr',
			[
				'réponses entièrement correctes\u00a0: 1 sur 5',
				'réponses entièrement correctes\u00a0: 0 sur 1',
				'réponses entièrement correctes\u00a0: 2 sur 2'
			]
		],
		[
			'de',
			[
				'1 von 5 Antworten vollständig richtig',
				'0 von 1 Antwort vollständig richtig',
				'2 von 2 Antworten vollständig richtig'
			]
		],
		[
			'es',
			[
				'1 de 5 respuestas totalmente correctas',
				'0 de 1 respuesta totalmente correcta',
				'2 de 2 respuestas totalmente correctas'
			]
		],
		[
			'ar',
			[
				'الإجابات الصحيحة تمامًا: 1 من 5',
				'الإجابات الصحيحة تمامًا: 0 من 1',
				'الإجابات الصحيحة تمامًا: 2 من 2'
			]
		]
	] as const)('%s: the answers fully correct, out of all of them', (language, expected) => {
		const locale = language as (typeof locales)[number];
		const say = (correct: number, total: number) =>
			m.results_answers(
				{ ...counted(total, language), correctText: formatNumber(correct, language) },
				{ locale }
			);
		expect([say(1, 5), say(0, 1), say(2, 2)]).toEqual(expected);
	});

	// The objective states follow a colon in the markup (LessonProgress) and precede the period
	// of "Objective “…”: In progress."; the counts of states sit after "Learning objectives:".
	test.each(languages)(
		'%s: no colon or period where the markup or another message puts one',
		(language) => {
			const catalog = read(language);
			for (const key of [
				'objective_mastered',
				'objective_not_mastered',
				'objective_in_progress',
				'objective_not_started',
				'progress_count_mastered',
				'progress_count_not_mastered',
				'progress_count_in_progress',
				'progress_count_not_started'
			])
				for (const text of texts(catalog[key]!)) expect(text, key).not.toMatch(/[:.]/);
			for (const key of ['not_recorded', 'why', 'evidence_starts'])
				for (const text of texts(catalog[key]!)) expect(text, key).toMatch(/[^:.\s]\s?:$/);
		}
	);

	test('French: a no-break space before : ; ? ! and inside « »', () => {
		for (const [key, message] of Object.entries(read('fr')))
			if (key !== '$schema')
				for (const text of texts(message)) {
					expect(text, key).not.toMatch(/[^\u00a0\u202f][:;?!»]/);
					expect(text, key).not.toMatch(/«[^\u00a0\u202f]/);
				}
	});
});

describe('how the lesson speaks to the learner (docs/authoring.md)', () => {
	/** Every text of a catalog, with its message's name. */
	const all = (language: string) =>
		Object.entries(read(language)).flatMap(([key, message]) =>
			key === '$schema'
				? []
				: (typeof message === 'string'
						? [message]
						: message.flatMap((v) => Object.values(v.match))
					).map((text) => [key, text] as const)
		);

	/** Any of the words, as whole words (\b knows no accented letters). */
	const words = (...alternatives: string[]) =>
		new RegExp(`(?<!\\p{L})(${alternatives.join('|')})(?!\\p{L})`, 'iu');

	test('one form of address per catalog: "vous" in French, "du" in German, "tú" in Spanish', () => {
		for (const [key, text] of all('fr'))
			expect(text, key).not.toMatch(words('tu', 'ton', 'ta', 'tes', 'toi'));
		for (const [key, text] of all('de')) {
			expect(text, key).not.toMatch(/\b(Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|Ihnen)\b/);
			// "Sie" inside a sentence is the formal "you" (at its start it may be "they" or "she").
			expect(text, key).not.toMatch(/[^.:?!]\s+Sie\b/);
		}
		for (const [key, text] of all('es')) {
			expect(text, key).not.toMatch(words('usted', 'ustedes'));
			// "su" only as "its" ("En su sitio": the item is in its place).
			if (key !== 'ordering_right_place') expect(text, key).not.toMatch(words('su', 'sus'));
		}
	});

	test('French and Spanish: no masculine-only word for the learner or the teacher', () => {
		for (const [key, text] of all('fr')) {
			expect(text, key).not.toMatch(
				words('arrêté', 'prêt', 'connecté', 'bienvenu', 'inscrit', 'seul')
			);
			expect(text, key).not.toMatch(/^(pas encore )?réussi(?!\p{L})/iu);
			expect(text, key).not.toMatch(/\benseignant\b(?! ou enseignante)/);
		}
		for (const [key, text] of all('es')) {
			expect(text, key).not.toMatch(words('bienvenido', 'listo', 'conectado', 'preparado', 'solo'));
			expect(text, key).not.toMatch(/^(todavía no )?aprobado(?!\p{L})/iu);
			expect(text, key).not.toMatch(words('profesor'));
		}
	});

	test('Spanish: the marked part of the passage is "la parte marcada", never "la prueba" (a test)', () => {
		for (const [key, text] of all('es')) expect(text, key).not.toMatch(words('prueba', 'pruebas'));
		const o = { locale: 'es' as const };
		expect([m.evidence_starts({}, o), m.evidence_ends({}, o), m.passage_marked({}, o)]).toEqual([
			'Empieza la parte marcada:',
			'Termina la parte marcada.',
			'El fragmento, con la parte marcada'
		]);
	});
});

describe('the course’s language', () => {
	test('a catalog for the language subtag, English otherwise', () => {
		const languages = ['en', 'fr', 'de', 'es', 'ar'];
		expect(catalogFor('fr-CA', languages)).toBe('fr');
		expect(catalogFor('ar-EG', languages)).toBe('ar');
		expect(catalogFor('DE', languages)).toBe('de');
		expect(catalogFor('it', languages)).toBe('en');
		expect(catalogFor(undefined, languages)).toBe('en');
	});

	test('the build tells the author when the language has no catalog', () => {
		const available = ['en', 'fr', 'de', 'es', 'ar'];
		expect(missingCatalogNote('c', 'fr-CA', available)).toBeUndefined();
		expect(missingCatalogNote('c', undefined, available)).toBeUndefined();
		expect(missingCatalogNote('c', 'it', available)).toBe(
			'⚠ c: Readback has no interface catalog for the language "it", so the lesson\'s buttons and messages will be in English; numbers are still read and written the "it" way. The catalogs: en, fr, de, es, ar. To add one, see docs/authoring.md, "Add a language".'
		);
	});

	test('numbers and percentages as the language writes them (Intl)', () => {
		expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
		expect(formatNumber(1234.5, 'de')).toBe('1.234,5');
		expect(formatNumber(1234.5, 'fr')).toMatch(/^1\s234,5$/);
		expect(formatPercent(65, 'en')).toBe('65%');
		expect(formatPercent(65, 'fr')).toMatch(/^65\s%$/);
		expect(formatPercent(65, 'de')).toMatch(/^65\s%$/);
		// Arabic: CLDR writes Western digits for "ar" and Arabic-Indic ones in Egypt or Saudi Arabia.
		expect(formatNumber(70, 'ar')).toBe('70');
		expect(formatNumber(70, 'ar-EG')).toBe('٧٠');
		expect(formatNumber(3, 'nonsense-tag-that-is-long')).toBe('3');
	});
});

describe('sentences in other languages (evidence questions)', () => {
	const texts = (passage: string) => splitSentences(passage).map((x) => x.text);
	test('Arabic has no capitals: any letter after a stop starts a sentence; ؟ ends a question', () => {
		expect(texts('تتبخّر المياه. ثم يتكثّف البخار؟ نعم، وتتكوّن السحب.')).toEqual([
			'تتبخّر المياه.',
			'ثم يتكثّف البخار؟',
			'نعم، وتتكوّن السحب.'
		]);
	});
	test('French guillemets open and close sentences', () => {
		expect(texts('Il a dit « oui. » « Non », répond-elle. Fin.')).toEqual([
			'Il a dit « oui. »',
			'« Non », répond-elle.',
			'Fin.'
		]);
	});
	test('English is split as before: abbreviations and lower case do not end a sentence', () => {
		expect(texts('Dr. Smith came. then he left. He said "Go." It ended.')).toEqual([
			'Dr. Smith came. then he left.',
			'He said "Go."',
			'It ended.'
		]);
	});
});
