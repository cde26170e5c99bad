/** Value formats of the SCORM data model (pure). See docs: SCORM-AND-MOODLE.md. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS`: 2-4 hour digits, at most 2 decimals on the seconds.
 * Durations of 10000 hours or more are capped at 9999:59:59.99.
 */
export function timespan12(ms: number): string {
	const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = Math.floor((centis % 6000) / 100);
	const fraction = centis % 100;
	return `${pad(hours)}:${pad(minutes)}:${pad(seconds)}${fraction ? `.${pad(fraction)}` : ''}`;
}

/** SCORM 1.2 CMITime `HH:MM:SS`: the learner's local time of day. */
export function timeOfDay12(epochMs: number): string {
	const d = new Date(epochMs);
	return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A score as SCORM 1.2 CMIDecimal within 0..100, with at most 2 decimals. */
export function percent(value: number): string {
	const bounded = Math.min(100, Math.max(0, value));
	return String(Math.round(bounded * 100) / 100);
}

/** One character per choice for SCORM 1.2 patterns: a-z, then 0-9 (36 in all). */
export const CHOICE_KEYS_12 = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function choiceKey12(index: number): string {
	const key = CHOICE_KEYS_12[index];
	if (key === undefined) throw new RangeError(`Choice index ${index} has no SCORM 1.2 key`);
	return key;
}

/** SCORM 2004 timeinterval: an ISO 8601 duration such as PT1H2M3.5S (at most 2 decimals). */
export function duration2004(ms: number): string {
	const centis = Math.max(0, Math.round(ms / 10));
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = (centis % 6000) / 100;
	const s = Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(2).replace(/0$/, '');
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${s}S`;
}

/** SCORM 2004 time(second,10,0): YYYY-MM-DDThh:mm:ss in local time, no fraction, no zone. */
export function timestamp2004(epochMs: number): string {
	const d = new Date(epochMs);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** A score as a SCORM 2004 real with at most 4 decimals. */
export function real(value: number): string {
	return String(Math.round(value * 10000) / 10000);
}

/** An author id as a SCORM 2004 short identifier Moodle accepts (^[\w.]{1,250}$). */
export function id2004(id: string): string {
	return id.replace(/-/g, '_');
}

/** A number in plain decimal notation, never with an exponent ("1e-7" → "0.0000001"). */
export function plainNumber(value: number): string {
	return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** The longest number written out in plain decimals (a typed 1e300 is 301 digits). */
export const DECIMAL_MAX = 32;

/**
 * A number as a CMI decimal, or undefined when it has none worth sending: not finite, longer
 * than DECIMAL_MAX characters, or too small to show in 20 decimals (1e-30 is not 0).
 */
export function decimal(value: number): string | undefined {
	if (!Number.isFinite(value)) return undefined;
	const plain = plainNumber(value);
	if (plain.length > DECIMAL_MAX || (value !== 0 && Number(plain) === 0)) return undefined;
	return plain;
}

/** A number as text: plain decimals when they fit, otherwise with an exponent ("1e+300"). */
export function numberText(value: number): string {
	return decimal(value) ?? String(value);
}

/** At most `max` UTF-16 units, never cutting a character in half. */
export function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
	return text.slice(0, end);
}

/**
 * Author or learner text as one line of plain characters: every run of white space (line breaks,
 * tabs, U+2028) becomes one space, other control characters go, and the ends are trimmed.
 */
export function oneLine(text: string): string {
	return text
		.replace(/[\p{Cc}\s]+/gu, (run) => (/\s/.test(run) ? ' ' : ''))
		.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.trim();
}

/**
 * SCORM 2004 localized text (a description, a fill-in response or pattern): one line, at most
 * `max` characters. 2004 reads a leading `{lang=…}`, `{case_matters=…}` or `{order_matters=…}` as
 * a delimiter and LMSs refuse text that starts with `{` otherwise, so a leading `{` is written as
 * the full-width ｛ (U+FF5B), which reads the same.
 */
export function text2004(text: string, max = 250): string {
	return cut(oneLine(text).replace(/^\{/, '\uFF5B'), max).trim();
}

/** Moodle's SCORM 2004 decimal: at most 5 integer digits and 18 decimals. */
export const MOODLE_DECIMAL_2004 = /^-?\d{1,5}(\.\d{1,18})?$/;
