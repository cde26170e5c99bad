import { expect, test } from 'vitest';
import { findApi, MAX_FRAME_DEPTH } from '../../src/lib/tracking/find-api';

type FakeWindow = {
	parent?: FakeWindow;
	opener?: FakeWindow | null;
	top?: FakeWindow;
	API?: object;
};

function chain(depth: number, api?: object): { leaf: FakeWindow; root: FakeWindow } {
	const root: FakeWindow = { API: api };
	root.parent = root;
	root.top = root;
	let leaf = root;
	for (let i = 0; i < depth; i++) {
		const child: FakeWindow = { parent: leaf, top: root };
		leaf = child;
	}
	return { leaf, root };
}

const asWindow = (w: FakeWindow) => w as unknown as Window;

test('finds the API on an ancestor frame', () => {
	const api = { LMSInitialize: () => 'true' };
	expect(findApi(asWindow(chain(3, api).leaf), 'API')).toBe(api);
});

test('gives up beyond the bounded depth', () => {
	const api = {};
	expect(findApi(asWindow(chain(MAX_FRAME_DEPTH, api).leaf), 'API')).toBe(api);
	expect(findApi(asWindow(chain(MAX_FRAME_DEPTH + 2, api).leaf), 'API')).toBeUndefined();
});

test('finds the API through the opener chain (Moodle new-window display)', () => {
	const api = {};
	const lms = chain(1, api).leaf;
	const popup = chain(2);
	popup.leaf.opener = null;
	popup.root.opener = lms;
	expect(findApi(asWindow(popup.leaf), 'API')).toBe(api);
});

test('survives cross-origin frames that throw on every access', () => {
	const hostile = new Proxy(
		{},
		{
			get() {
				throw new DOMException('Blocked a frame', 'SecurityError');
			}
		}
	);
	const win: FakeWindow = { parent: hostile as FakeWindow, opener: null };
	win.top = hostile as FakeWindow;
	expect(findApi(asWindow(win), 'API')).toBeUndefined();
});

test('looks for the name asked for', () => {
	const { leaf, root } = chain(1);
	(root as Record<string, unknown>).API_1484_11 = { v: 2004 };
	expect(findApi(asWindow(leaf), 'API')).toBeUndefined();
	expect(findApi(asWindow(leaf), 'API_1484_11')).toEqual({ v: 2004 });
});
