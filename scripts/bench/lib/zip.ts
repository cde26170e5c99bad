/** A zip's entries with their stored sizes, read from the central directory (no ZIP64). */
import { unzipSync } from 'fflate';

export interface ZipEntry {
	name: string;
	/** Bytes stored in the zip (deflated, or as-is when stored). */
	compressed: number;
	uncompressed: number;
	method: 'stored' | 'deflate' | `method ${number}`;
	data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function readZip(zip: Uint8Array): ZipEntry[] {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	let eocd = -1;
	for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
		if (view.getUint32(i, true) === EOCD) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new Error('Not a zip file (no end-of-central-directory record)');
	const count = view.getUint16(eocd + 10, true);
	let at = view.getUint32(eocd + 16, true);
	const files = unzipSync(zip);
	const decoder = new TextDecoder();
	const entries: ZipEntry[] = [];
	for (let n = 0; n < count; n++) {
		if (view.getUint32(at, true) !== CENTRAL) throw new Error('Corrupt zip central directory');
		const method = view.getUint16(at + 10, true);
		const compressed = view.getUint32(at + 20, true);
		const uncompressed = view.getUint32(at + 24, true);
		const nameLength = view.getUint16(at + 28, true);
		const extraLength = view.getUint16(at + 30, true);
		const commentLength = view.getUint16(at + 32, true);
		const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
		at += 46 + nameLength + extraLength + commentLength;
		if (name.endsWith('/')) continue;
		entries.push({
			name,
			compressed,
			uncompressed,
			method: method === 0 ? 'stored' : method === 8 ? 'deflate' : `method ${method}`,
			data: files[name] ?? new Uint8Array()
		});
	}
	return entries;
}
