/**
 * Small real PNG files for tests, drawn pixel by pixel (RGB, 8 bits, no interlace): the
 * figure fixtures under test/fixtures/ were written with it (`chartPng`).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(8 + data.length + 4);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), 8 + data.length);
	return out;
}

export type Rgb = [number, number, number];

/** A PNG of `width` × `height` whose pixel at (x, y) has the colour `pixel(x, y)`. */
export function png(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 2, 0, 0, 0], 8);
	const rows = Buffer.alloc(height * (1 + width * 3));
	for (let y = 0; y < height; y++) {
		const row = y * (1 + width * 3);
		for (let x = 0; x < width; x++) rows.set(pixel(x, y), row + 1 + x * 3);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', new Uint8Array())
	]);
}

/** A bar chart: three dark bars of rising height on white, `width` × `height` pixels. */
export function chartPng(width = 480, height = 320): Buffer {
	const bars = [0.3, 0.55, 0.9];
	return png(width, height, (x, y) => {
		const slot = Math.floor((x / width) * bars.length);
		const inBar = x % (width / bars.length) > width / bars.length / 5;
		const top = height * (1 - bars[slot]!);
		return inBar && y >= top ? [11, 87, 208] : [255, 255, 255];
	});
}
