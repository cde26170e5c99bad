/**
 * An image's intrinsic size, read from its header (pure): the build gives each figure's <img>
 * its width and height, so the browser keeps the room for it before it loads (the text does
 * not jump when a lazily loaded figure arrives) and scales it to the column with its ratio.
 */

export interface ImageSize {
	width: number;
	height: number;
}

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const u32be = (b: Uint8Array, at: number) =>
	((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + u16be(b, at + 2);
const text = (b: Uint8Array, at: number, length: number) =>
	String.fromCharCode(...b.subarray(at, at + length));

function jpegSize(b: Uint8Array): ImageSize | undefined {
	let at = 2;
	while (at + 9 < b.length) {
		if (b[at] !== 0xff) return undefined;
		const marker = b[at + 1]!;
		if (marker === 0xff) {
			at++;
			continue;
		}
		// Start of frame (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
		if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
			return { height: u16be(b, at + 5), width: u16be(b, at + 7) };
		at += 2 + u16be(b, at + 2);
	}
	return undefined;
}

function webpSize(b: Uint8Array): ImageSize | undefined {
	const chunk = text(b, 12, 4);
	if (chunk === 'VP8 ' && b.length >= 30)
		return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
	if (chunk === 'VP8L' && b.length >= 25) {
		const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
		return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8X' && b.length >= 30)
		return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
	return undefined;
}

/** An SVG's size: its width and height in px (or plain numbers), else its viewBox. */
function svgSize(b: Uint8Array): ImageSize | undefined {
	const head = new TextDecoder().decode(b.subarray(0, 8192));
	const tag = /<svg\b[^>]*>/i.exec(head)?.[0];
	if (!tag) return undefined;
	const attribute = (name: string) =>
		new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1]?.trim();
	const length = (value: string | undefined) => {
		const match = value && /^(\d+(?:\.\d+)?)(px)?$/.exec(value);
		return match ? Number(match[1]) : undefined;
	};
	const box = attribute('viewBox')
		?.split(/[\s,]+/)
		.map(Number);
	const boxSize =
		box && box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0
			? { width: box[2]!, height: box[3]! }
			: undefined;
	const width = length(attribute('width'));
	const height = length(attribute('height'));
	if (width && height) return { width, height };
	if (boxSize && width) return { width, height: (width * boxSize.height) / boxSize.width };
	if (boxSize && height) return { width: (height * boxSize.width) / boxSize.height, height };
	return boxSize;
}

/** The width and height of a PNG, JPEG, GIF, WebP or SVG image, in CSS pixels; undefined if unknown. */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
	const b = bytes;
	let size: ImageSize | undefined;
	if (b.length >= 24 && b[0] === 0x89 && text(b, 12, 4) === 'IHDR')
		size = { width: u32be(b, 16), height: u32be(b, 20) };
	else if (b.length >= 10 && text(b, 0, 3) === 'GIF')
		size = { width: u16le(b, 6), height: u16le(b, 8) };
	else if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) size = jpegSize(b);
	else if (b.length >= 16 && text(b, 0, 4) === 'RIFF' && text(b, 8, 4) === 'WEBP')
		size = webpSize(b);
	else size = svgSize(b);
	if (!size || !(size.width > 0) || !(size.height > 0)) return undefined;
	return { width: Math.round(size.width), height: Math.round(size.height) };
}
