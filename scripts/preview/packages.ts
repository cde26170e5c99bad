/**
 * The packages in a dist folder (`<course>-scorm12.zip`, `<course>-scorm2004.zip`), unzipped in
 * memory, with what the preview needs from each manifest: the title and the passing score.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { courseJson } from '../../src/lib/content/course-data.ts';
import { themeSchema } from '../../src/lib/content/schema.ts';
import { themeCss } from '../../src/lib/theme/theme.ts';
import { COURSE_ELEMENT_ID } from '../package/course-page.ts';

export type Standard = 'scorm12' | 'scorm2004';
export const STANDARDS: readonly Standard[] = ['scorm12', 'scorm2004'];

const ZIP_NAME = /^(.+)-(scorm12|scorm2004)\.zip$/;

export interface PackageInfo {
	course: string;
	standard: Standard;
	zipPath: string;
	/** The URL path the package is served under, ending in "/". */
	base: string;
	/** The launch file (the resource href), usually index.html. */
	launch: string;
	title: string;
	/** <schemaversion> as written in the manifest. */
	schemaVersion: string;
	/** 1.2: <adlcp:masteryscore> (0-100); 2004: imsss:minNormalizedMeasure (0-1). */
	passingScore?: string;
	/** Problems worth showing the author (e.g. a missing manifest). */
	warnings: string[];
	/** The CSS of the course's theme, as the package's page has it ('' for none). */
	theme: string;
	files: Record<string, Uint8Array>;
}

/** Where Moodle would serve the package (a deep path, as the lesson must cope with). */
export const packageBase = (course: string, standard: Standard) =>
	`/pluginfile.php/1/mod_scorm/content/${encodeURIComponent(course)}-${standard}/`;

const decodeXml = (text: string) =>
	text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&amp;/g, '&');

/** The text of the first element named `local` (with any namespace prefix) in `xml`. */
function elementText(xml: string, local: string): string | undefined {
	const match = new RegExp(`<(?:[\\w-]+:)?${local}\\b[^>]*>([^<]*)</(?:[\\w-]+:)?${local}>`).exec(
		xml
	);
	return match ? decodeXml(match[1]!.trim()) : undefined;
}

export function readManifest(
	xml: string,
	standard: Standard
): Pick<PackageInfo, 'title' | 'schemaVersion' | 'passingScore' | 'launch' | 'warnings'> {
	const warnings: string[] = [];
	const organization = /<organization\b[\s\S]*?<\/organization>/.exec(xml)?.[0] ?? xml;
	const schemaVersion = elementText(xml, 'schemaversion') ?? '';
	const expected = standard === 'scorm12' ? '1.2' : '2004 4th Edition';
	if (schemaVersion !== expected)
		warnings.push(
			`imsmanifest.xml has <schemaversion>${schemaVersion}</schemaversion>, expected "${expected}".`
		);
	const passingScore =
		standard === 'scorm12'
			? elementText(organization, 'masteryscore')
			: elementText(organization, 'minNormalizedMeasure');
	const launch = /<resource\b[^>]*\bhref="([^"]+)"/.exec(xml)?.[1];
	return {
		title: elementText(organization, 'title') ?? '',
		schemaVersion,
		passingScore: passingScore || undefined,
		launch: launch ? decodeXml(launch) : 'index.html',
		warnings
	};
}

const COURSE_BLOCK = new RegExp(
	`<script type="application/json" id="${COURSE_ELEMENT_ID}"(?: data-encoding="([^"]*)")?>([^<]*)</script>`
);

/**
 * The CSS of the course's theme from the course the launch page carries (the build writes
 * themeCss of the same theme into that page): '' for a course without one, or for a page
 * that does not hold a readable course.
 */
export function pageTheme(html: string): string {
	const block = COURSE_BLOCK.exec(html);
	if (!block) return '';
	try {
		const source = JSON.parse(courseJson(block[2]!, block[1])) as { course?: { theme?: unknown } };
		const theme = themeSchema.safeParse(source.course?.theme);
		return theme.success ? themeCss(theme.data) : '';
	} catch {
		return '';
	}
}

const cache = new Map<string, { stamp: string; info: PackageInfo }>();

function loadPackage(zipPath: string, course: string, standard: Standard): PackageInfo {
	const stat = statSync(zipPath);
	const stamp = `${stat.mtimeMs}:${stat.size}`;
	const cached = cache.get(zipPath);
	if (cached?.stamp === stamp) return cached.info;
	const base = packageBase(course, standard);
	let files: Record<string, Uint8Array> = {};
	const warnings: string[] = [];
	try {
		files = unzipSync(new Uint8Array(readFileSync(zipPath)));
	} catch (error) {
		warnings.push(`Could not unzip: ${error instanceof Error ? error.message : String(error)}`);
	}
	const manifest = files['imsmanifest.xml'];
	const read = manifest
		? readManifest(new TextDecoder().decode(manifest), standard)
		: {
				title: course,
				schemaVersion: '',
				launch: 'index.html',
				warnings: ['The package has no imsmanifest.xml at its root.']
			};
	const launchFile = files[read.launch];
	if (!launchFile) warnings.push(`The launch file ${read.launch} is not in the package.`);
	const info: PackageInfo = {
		course,
		standard,
		zipPath,
		base,
		...read,
		title: read.title || course,
		warnings: [...warnings, ...read.warnings],
		theme: launchFile ? pageTheme(new TextDecoder().decode(launchFile)) : '',
		files
	};
	cache.set(zipPath, { stamp, info });
	return info;
}

/** Every package in `distDir` (re-read when a zip changes), sorted by course then standard. */
export function findPackages(distDir: string): PackageInfo[] {
	let names: string[];
	try {
		names = readdirSync(distDir);
	} catch {
		return [];
	}
	return names
		.map((name) => ZIP_NAME.exec(name))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => loadPackage(path.join(distDir, m[0]), m[1]!, m[2] as Standard))
		.sort(
			(a, b) =>
				a.course.localeCompare(b.course) ||
				STANDARDS.indexOf(a.standard) - STANDARDS.indexOf(b.standard)
		);
}

/** Course ids with at least one package, in order. */
export function coursesIn(distDir: string): string[] {
	return [...new Set(findPackages(distDir).map((p) => p.course))];
}
