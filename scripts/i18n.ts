/**
 * `tsx scripts/i18n.ts [--force]`: compiles the message catalogs into src/lib/i18n/paraglide/
 * (as the Vite plugin does in dev), so `npm run check`, the tests and the app build see the same
 * messages. Without --force, nothing is done when the compiled folder is already made from the
 * catalogs as they are (its stamp: see catalogsCurrent in scripts/lib/i18n.ts).
 */
import { catalogsCurrent, forgetCatalogStamp, paraglideOptions, stampCatalogs } from './lib/i18n';

if (process.argv.includes('--force') || !catalogsCurrent()) {
	forgetCatalogStamp();
	const { compile } = await import('@inlang/paraglide-js');
	await compile(paraglideOptions);
	stampCatalogs();
}
// The inlang SDK leaves timers behind that would keep Node running for half a minute.
process.exit(0);
