/**
 * Limits of the content model that the browser also needs. Kept apart from schema.ts so that
 * importing them never pulls zod into the lesson bundle.
 */

/** Lower-case letters, digits and single hyphens: safe in SCORM identifiers and URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX = 64;
/** SCORM 1.2 maps choice ids to one character each: 0-9 and a-z, so 36 at most. */
export const MAX_CHOICES = 36;
/** Longest typed answer: SCORM 1.2 responses and patterns hold 255 characters, 2004 250. */
export const MAX_RESPONSE = 250;
