/** A small key-value store: the browser's localStorage, or memory in tests. Never throws. */
export interface KeyValueStore {
	get(key: string): string | null;
	set(key: string, value: string): void;
	remove(key: string): void;
}

export function memoryStore(
	initial: Record<string, string> = {}
): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return {
		data,
		get: (key) => data.get(key) ?? null,
		set: (key, value) => void data.set(key, value),
		remove: (key) => void data.delete(key)
	};
}

/** localStorage, guarded: private modes and full quotas throw, and the lesson must go on. */
export function browserStore(storage: Storage | undefined): KeyValueStore {
	const fallback = memoryStore();
	const attempt = <T>(fn: () => T, otherwise: () => T): T => {
		try {
			return storage ? fn() : otherwise();
		} catch {
			return otherwise();
		}
	};
	return {
		get: (key) =>
			attempt(
				() => storage!.getItem(key),
				() => fallback.get(key)
			),
		set: (key, value) =>
			attempt(
				() => storage!.setItem(key, value),
				() => fallback.set(key, value)
			),
		remove: (key) =>
			attempt(
				() => storage!.removeItem(key),
				() => fallback.remove(key)
			)
	};
}
