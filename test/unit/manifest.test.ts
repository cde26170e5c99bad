/**
 * The SCORM 1.2 manifest against the official schemas in ../shared/scorm-xsd (never committed
 * here). Where that folder is absent the schema test is skipped and says so.
 */
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
