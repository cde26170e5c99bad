/**
 * One tab per attempt: the lease and message rules (src/lib/session/tabs.ts). The browser test
 * (test/browser/learner-safety.test.ts) runs them with two real tabs.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	cameFirst,
	heldByAnother,
	LEASE_MS,
	leaseKey,
	onMessage,
	readLease,
	readMessage,
	RENEW_MS,
	renewedLease,
	type TabId
} from '../../src/lib/session/tabs';

describe('the lease', () => {
	const a: TabId = { tab: 'a', since: 1000 };
	test('keyed on the course and the LMS record of the activity', () => {
		expect(leaseKey('north-korea-russia', 'moodle-12')).toBe(
			'readback:north-korea-russia:moodle-12:tab'
		);
		expect(leaseKey('alpha', undefined)).toBe('readback:alpha:-:tab');
		expect(leaseKey('a:b', 'x')).not.toBe(leaseKey('a', 'b:x'));
	});
	test('another tab holds it until it runs out; the holder itself never blocks', () => {
		const lease = renewedLease(a, 2000);
		expect(lease).toEqual({ tab: 'a', since: 1000, until: 2000 + LEASE_MS });
		expect(heldByAnother(lease, 'b', 2000 + LEASE_MS - 1)).toBe(true);
		expect(heldByAnother(lease, 'b', 2000 + LEASE_MS)).toBe(false);
		expect(heldByAnother(lease, 'a', 2000)).toBe(false);
		expect(heldByAnother(undefined, 'b', 2000)).toBe(false);
	});
	test('renewed often enough to outlive a missed renewal', () => {
		expect(LEASE_MS).toBeGreaterThanOrEqual(2 * RENEW_MS);
	});
	test('a stored lease is read back; anything else is no lease', () => {
		expect(readLease(JSON.stringify(renewedLease(a, 5)))).toEqual(renewedLease(a, 5));
		for (const bad of [
			null,
			undefined,
			'',
			'not json',
			'null',
			'[]',
			'{"tab":"","since":1,"until":2}',
			'{"tab":"a","since":"1","until":2}',
			'{"tab":"a","since":1}',
			'{"tab":"a","since":1,"until":null}'
		])
			expect(readLease(bad), String(bad)).toBeUndefined();
	});
});

describe('messages between tabs', () => {
	const first: TabId = { tab: 'zzz', since: 100 };
	const second: TabId = { tab: 'aaa', since: 200 };
	test('a recording tab answers a later tab that opens; that tab stands down on the answer', () => {
		expect(onMessage(first, { kind: 'open', ...second })).toBe('answer');
		expect(onMessage(second, { kind: 'here', ...first })).toBe('stand-down');
	});
	test('two tabs that opened at the same moment: the smaller id keeps the attempt', () => {
		const x: TabId = { tab: 'x', since: 100 };
		const y: TabId = { tab: 'y', since: 100 };
		expect(onMessage(x, { kind: 'open', ...y })).toBe('answer');
		expect(onMessage(y, { kind: 'open', ...x })).toBe('stand-down');
	});
	test('its own message, and an answer from a later tab, change nothing', () => {
		expect(onMessage(first, { kind: 'open', ...first })).toBe('ignore');
		expect(onMessage(first, { kind: 'here', ...second })).toBe('ignore');
	});
	test('exactly one of any two tabs keeps the attempt, whatever reaches whom first', () => {
		const tab = fc.record({ tab: fc.string({ minLength: 1 }), since: fc.nat() });
		fc.assert(
			fc.property(
				tab,
				tab,
				fc.constantFrom('open', 'here') as fc.Arbitrary<'open' | 'here'>,
				(p, q, kind) => {
					fc.pre(p.tab !== q.tab);
					expect(cameFirst(p, q)).toBe(!cameFirst(q, p));
					const pYields = onMessage(p, { kind, ...q }) === 'stand-down';
					const qYields = onMessage(q, { kind, ...p }) === 'stand-down';
					expect(pYields !== qYields).toBe(true);
				}
			)
		);
	});
	test('only our own messages are read', () => {
		expect(readMessage({ kind: 'open', tab: 't', since: 3 })).toEqual({
			kind: 'open',
			tab: 't',
			since: 3
		});
		for (const bad of [
			null,
			'open',
			{ kind: 'close', tab: 't', since: 3 },
			{ kind: 'here', tab: 7, since: 3 },
			{ kind: 'here', tab: 't', since: NaN },
			{ kind: 'here', since: 3 }
		])
			expect(readMessage(bad), JSON.stringify(bad)).toBeUndefined();
	});
});
