/**
 * The SCORM 1.2 manifest against the official schemas in ../shared/scorm-xsd (never committed
 * here). Where that folder is absent the schema test is skipped and says so.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { manifest12, manifest2004 } from '../../scripts/package/manifest';
import { haveXsd, validate12, validate2004 } from '../lib/xsd';

const input = {
	courseId: 'north-korea-russia',
	title: 'North Korea & Russia <2023>',
	masteryScore: 70,
	files: ['index.html', '_app/version.json'],
	version: '0.1.0'
};

describe('SCORM 1.2 manifest', () => {
	const xml = manifest12(input);

	test('one SCO, index.html at the root, mastery score, every file listed, escaped text', () => {
		expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(xml).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
		expect(xml).toContain('<file href="_app/version.json"/>');
		expect(xml).toContain('<file href="index.html"/>');
		expect(xml).toContain('<title>North Korea &amp; Russia &lt;2023&gt;</title>');
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
	});

	test.skipIf(!haveXsd)('is valid against the official SCORM 1.2 schemas', async () => {
		const result = await validate12(xml);
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	test.skipIf(!haveXsd)('the schema check can fail: an unknown element is rejected', async () => {
		const broken = xml.replace(
			'<schemaversion>1.2</schemaversion>',
			'<schemaversion>1.2</schemaversion><bogus/>'
		);
		const result = await validate12(broken);
		expect(result.valid).toBe(false);
		expect(result.errors.map((e) => e.message).join('\n')).toContain('bogus');
	});
});

describe('SCORM 2004 4th Edition manifest', () => {
	const xml = manifest2004({ ...input, objectives: ['past-relations', 'military-aid'] });

	test('exact schemaversion, scormType with a capital T, the passing score as minNormalizedMeasure', () => {
		expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
		expect(xml).toContain('adlcp:scormType="sco" href="index.html"');
		expect(xml).not.toContain('adlcp:scormtype');
		expect(xml).toContain(
			'<imsss:primaryObjective objectiveID="passing-score" satisfiedByMeasure="true">'
		);
		expect(xml).toContain('<imsss:minNormalizedMeasure>0.70</imsss:minNormalizedMeasure>');
		expect(xml).toContain('<imsss:objective objectiveID="military-aid"/>');
		expect(xml).toContain('<file href="_app/version.json"/>');
	});

	test.skipIf(!haveXsd)(
		'is valid against the official SCORM 2004 4th Edition schemas',
		async () => {
			const result = await validate2004(xml);
			expect(result.errors).toEqual([]);
			expect(result.valid).toBe(true);
		}
	);

	test.skipIf(!haveXsd)('the schema check can fail: a measure above 1 is rejected', async () => {
		const result = await validate2004(xml.replace('>0.70<', '>1.70<'));
		expect(result.valid).toBe(false);
	});
});

describe('any title and ids make a valid manifest (issue 12, point 8)', () => {
	/** Any text, with characters XML 1.0 cannot hold mixed in often. */
	const title = fc
		.array(
			fc.oneof(
				fc.string({ unit: 'binary' }),
				fc.constantFrom('\u0000', '\u0007', '\u001B', '\u0085', '\uFFFE', '\uFFFF', '\uD800'),
				fc.constantFrom('&', '<', ']]>', '"', "'", '\r\n', '\u2028', '<!--')
			),
			{ maxLength: 8 }
		)
		.map((parts) => parts.join(''));
	const id = fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,3}$/);

	test('a control character in a title is left out of the manifest, not written raw', () => {
		const xml = manifest12({ ...input, title: 'Bell\u0007 & escape\u001B' });
		expect(xml).toContain('<title>Bell &amp; escape</title>');
	});

	test.skipIf(!haveXsd)(
		'both manifests parse and are valid against the official schemas (property)',
		async () => {
			await fc.assert(
				fc.asyncProperty(
					title,
					id,
					fc.array(id, { minLength: 1, maxLength: 3 }),
					async (t, courseId, objectives) => {
						const common = { ...input, title: t, courseId };
						for (const result of [
							await validate12(manifest12(common)),
							await validate2004(manifest2004({ ...common, objectives: [...new Set(objectives)] }))
						]) {
							expect(result.errors).toEqual([]);
							expect(result.valid).toBe(true);
						}
					}
				),
				{ numRuns: 12 }
			);
		},
		60_000
	);

	test('every character of either manifest is one XML 1.0 can hold (property)', () => {
		const legal = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
		fc.assert(
			fc.property(title, id, (t, courseId) => {
				const common = { ...input, title: t, courseId };
				expect(manifest12(common)).toMatch(legal);
				expect(manifest2004({ ...common, objectives: ['o'] })).toMatch(legal);
			}),
			{ numRuns: 500 }
		);
	});
});
