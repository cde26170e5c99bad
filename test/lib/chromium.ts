/**
 * Debian's Chromium, driven by playwright-core. Browser tests run when a Chromium is found
 * (READBACK_CHROMIUM or CHROMIUM_PATH, else /usr/bin/chromium); they skip and say so otherwise,
 * except under CI=true, where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function findChromium(): string | undefined {
	const candidates = [
		process.env.READBACK_CHROMIUM,
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium'
	];
	return candidates.find((p): p is string => Boolean(p) && existsSync(p!));
}

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found');
	return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export const skipReason =
	'skipped: no Chromium found (install Debian chromium or set READBACK_CHROMIUM)';
