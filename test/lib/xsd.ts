/** Manifest validation against ../shared/scorm-xsd (read in place, never copied into the repo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const XSD_ROOT = path.resolve(import.meta.dirname, '../../../shared/scorm-xsd');

export const haveXsd = existsSync(path.join(XSD_ROOT, 'scorm12'));
if (!haveXsd) console.warn(`skipped: ../shared/scorm-xsd not found (looked in ${XSD_ROOT})`);

/** Validates with the folder's driver schema, every other .xsd of the folder preloaded. */
function validateWith(folder: string, driver: string, skip: readonly string[], xml: string) {
	const dir = path.join(XSD_ROOT, folder);
	const read = (fileName: string) => ({
		fileName,
		contents: readFileSync(path.join(dir, fileName), 'utf8')
	});
	return validateXML({
		xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
		schema: [read(driver)],
		preload: readdirSync(dir)
			.filter((f) => f.endsWith('.xsd') && f !== driver && !skip.includes(f))
			.map(read)
	});
}

/** SCORM 1.2: libxml2 cannot compile the IMS metadata schema; the manifest carries no metadata. */
export const validate12 = (xml: string) =>
	validateWith('scorm12', '_all_nomd.xsd', ['_all.xsd', 'imsmd_rootv1p2p1.xsd'], xml);

export const validate2004 = (xml: string) => validateWith('scorm2004-4th', '_all.xsd', [], xml);
