/** Reproducible zips: sorted entries, one fixed date, fixed file modes. */
import { zipSync, type Zippable } from 'fflate';

/** 1980-01-01 00:00 local time: the earliest date a zip entry can hold. */
const FIXED_DATE = new Date(1980, 0, 1, 0, 0, 0);
/** Regular file, rw-r--r--, in the high 16 bits of the external attributes (Unix). */
const FILE_ATTRS = (0o100644 << 16) >>> 0;

export function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
	const entries: Zippable = {};
	for (const name of [...files.keys()].sort()) {
		entries[name] = [files.get(name)!, { mtime: FIXED_DATE, attrs: FILE_ATTRS, os: 3, level: 9 }];
	}
	return zipSync(entries);
}
