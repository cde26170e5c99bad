/**
 * scorm-again 3.4.3's ESM build exports `Scorm12API` by name, but its type declarations
 * describe a default export. This adapter gives tests the named class with its real type.
 */
import * as scorm12 from 'scorm-again/scorm12';

type Scorm12Class = typeof import('scorm-again/scorm12').default;

export const Scorm12API = (scorm12 as unknown as { Scorm12API: Scorm12Class }).Scorm12API;

import * as scorm2004 from 'scorm-again/scorm2004';

type Scorm2004Class = typeof import('scorm-again/scorm2004').default;

export const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: Scorm2004Class }).Scorm2004API;
