/**
 * The browser side of "one tab per attempt" (the rules are in tabs.ts): localStorage holds the
 * lease, a BroadcastChannel carries "open" and "here". Storage or channels the browser refuses
 * (a sandboxed frame, storage switched off) leave the lesson running as before.
 */
import {
	heldByAnother,
	onMessage,
	readLease,
	readMessage,
	RENEW_MS,
	renewedLease,
	type TabId,
	type TabMessage
} from './tabs';

/** How long a tab that finds a lease waits for its holder to answer before taking it over. */
export const ANSWER_WAIT_MS = 800;

export interface TabGuardHandlers {
	/** This tab has the attempt: connect to the LMS and start the lesson. */
	start: () => void;
	/** Another tab has it: tell the learner, record nothing. */
	standDown: () => void;
}

export function guardTab(win: Window, key: string, { start, standDown }: TabGuardHandlers): void {
	// getRandomValues works on plain http too (randomUUID needs a secure context).
	const tab = [...win.crypto.getRandomValues(new Uint32Array(4))]
		.map((n) => n.toString(36))
		.join('-');
	let me: TabId = { tab, since: Date.now() };
	let state: 'waiting' | 'recording' | 'stood-down' = 'waiting';
	let renewal: number | undefined;
	let channel: BroadcastChannel | undefined;
	try {
		const Channel = (win as Window & { BroadcastChannel?: typeof BroadcastChannel })
			.BroadcastChannel;
		if (typeof Channel === 'function') channel = new Channel(key);
	} catch {
		channel = undefined;
	}

	const storage = (): Storage | undefined => {
		try {
			return win.localStorage;
		} catch {
			return undefined;
		}
	};
	const lease = () => {
		try {
			return readLease(storage()?.getItem(key));
		} catch {
			return undefined;
		}
	};
	const write = () => {
		try {
			storage()?.setItem(key, JSON.stringify(renewedLease(me, Date.now())));
		} catch {
			// Storage refused: the channel alone tells tabs apart.
		}
	};
	const release = () => {
		try {
			if (lease()?.tab === tab) storage()?.removeItem(key);
		} catch {
			// Nothing to release.
		}
	};
	const post = (kind: TabMessage['kind']) => {
		try {
			channel?.postMessage({ kind, ...me });
		} catch {
			// A closed channel: nothing to tell.
		}
	};

	const record = () => {
		state = 'recording';
		me = { tab, since: Date.now() };
		write();
		renewal = win.setInterval(write, RENEW_MS);
		post('open');
		start();
	};
	const stopRecording = () => {
		if (state === 'stood-down') return;
		const wasRecording = state === 'recording';
		state = 'stood-down';
		if (renewal !== undefined) win.clearInterval(renewal);
		if (wasRecording) release();
		standDown();
	};

	if (channel)
		channel.onmessage = (event: MessageEvent) => {
			const message = readMessage(event.data);
			if (!message || state === 'stood-down') return;
			if (state === 'waiting') {
				// A tab that records answered (or opened before this one did): it keeps the attempt.
				if (message.kind === 'here' && message.tab !== tab) stopRecording();
				return;
			}
			const action = onMessage(me, message);
			if (action === 'answer') post('here');
			else if (action === 'stand-down') stopRecording();
		};

	win.addEventListener('pagehide', () => {
		if (state === 'recording') release();
	});
	// Back from the back-forward cache: the lease was released when the page was hidden.
	win.addEventListener('pageshow', (event: PageTransitionEvent) => {
		if (!event.persisted || state !== 'recording') return;
		if (heldByAnother(lease(), tab, Date.now())) stopRecording();
		else write();
	});

	if (!heldByAnother(lease(), tab, Date.now())) return record();
	if (!channel) return stopRecording();
	// A lease another tab holds: is that tab still there? It answers "here" at once, even in
	// the background; a lease whose tab closed without a word is taken over.
	post('open');
	win.setTimeout(() => {
		if (state === 'waiting') record();
	}, ANSWER_WAIT_MS);
}
