/** Manifest validation against ../shared/scorm-xsd (read in place, never copied into the repo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const XSD_ROOT = path.resolve(import.meta.dirname, '../../../shared/scorm-xsd');
const XSD_12 = path.join(XSD_ROOT, 'scorm12');

export const haveXsd = existsSync(XSD_12);
if (!haveXsd) console.warn(`skipped: ../shared/scorm-xsd not found (looked in ${XSD_ROOT})`);

export async function validate12(xml: string) {
	const files = readdirSync(XSD_12).filter((f) => f.endsWith('.xsd'));
	const read = (fileName: string) => ({
		fileName,
		contents: readFileSync(path.join(XSD_12, fileName), 'utf8')
	});
	return validateXML({
		xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
		schema: [read('_all_nomd.xsd')],
		// libxml2 cannot compile the IMS metadata schema; the manifest carries no metadata records.
		preload: files
			.filter((f) => !['_all_nomd.xsd', '_all.xsd', 'imsmd_rootv1p2p1.xsd'].includes(f))
			.map(read)
	});
}

const XSD_2004 = path.join(XSD_ROOT, 'scorm2004-4th');

export async function validate2004(xml: string) {
	const files = readdirSync(XSD_2004).filter((f) => f.endsWith('.xsd'));
	const read = (fileName: string) => ({
		fileName,
		contents: readFileSync(path.join(XSD_2004, fileName), 'utf8')
	});
	return validateXML({
		xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
		schema: [read('_all.xsd')],
		preload: files.filter((f) => f !== '_all.xsd').map(read)
	});
}
