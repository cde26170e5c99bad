/**
 * `tsx scripts/i18n.ts`: compiles the message catalogs into src/lib/i18n/paraglide/ (as the Vite
 * plugin does in dev and builds), so `npm run check` and the unit tests see the same messages.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './lib/i18n';

await compile(paraglideOptions);
// The inlang SDK leaves timers behind that would keep Node running for half a minute.
process.exit(0);
