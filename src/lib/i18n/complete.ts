/**
 * Every catalog has exactly English's messages, checked by the compiler (`npm run check`): a
 * message missing from a catalog, or one English does not have, is a type error here that
 * names the message, e.g. `Type '"check_answer"' is not assignable to type 'never'`. Paraglide
 * itself would show a missing message in English without a word. Types only: nothing here
 * reaches the lesson. (test/unit/i18n.test.ts checks the messages' parameters and plural forms.)
 */
type Keys<Catalog> = Exclude<keyof Catalog, '$schema'>;
type English = typeof import('./messages/en.json');

/** The messages a catalog lacks, and the ones it has that English does not. */
interface Difference<Catalog> {
	missing: Exclude<Keys<English>, Keys<Catalog>>;
	extra: Exclude<Keys<Catalog>, Keys<English>>;
}

/** Fails to compile, naming the message, unless the catalog has nothing missing or extra. */
type Complete<D extends { missing: never; extra: never }> = D;

/** One line per catalog. */
export type CatalogsAreComplete = [
	Complete<Difference<typeof import('./messages/fr.json')>>,
	Complete<Difference<typeof import('./messages/de.json')>>,
	Complete<Difference<typeof import('./messages/es.json')>>,
	Complete<Difference<typeof import('./messages/ar.json')>>
];
