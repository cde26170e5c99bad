/**
 * Compiles the interface catalogs (src/lib/i18n/messages) before the unit tests, as `npm run
 * check` does, unless the compiled folder already holds them as they are (in a child process:
 * the compiler leaves handles open that kept vitest from exiting).
 */
import { ensureCatalogs } from '../../scripts/lib/i18n';

export default function setup() {
	ensureCatalogs();
}
