/**
 * scorm-again 3.4.3's ESM build exports `Scorm12API` by name, but its type declarations
 * describe a default export. This adapter gives tests the named class with its real type.
 */
import * as scorm12 from 'scorm-again/scorm12';

type Scorm12Class = typeof import('scorm-again/scorm12').default;

export const Scorm12API = (scorm12 as unknown as { Scorm12API: Scorm12Class }).Scorm12API;
