/**
 * `tsx scripts/i18n.ts`: compiles the message catalogs into src/lib/i18n/paraglide/ (as the Vite
 * plugin does in dev and builds), so `npm run check` type-checks the interface against them.
 */
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from './lib/i18n';

await compile(paraglideOptions);
