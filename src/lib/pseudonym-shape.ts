// What the ingest writes for every participant id (loaders/ingest/pseudonym.ts): `P-` and lowercase hex digits.
// The pages relabel pseudonyms by it, and the personal-data scan checks texts of this shape in DuckDB.

/** How many hex digits of the keyed hash a pseudonym keeps. */
export const PSEUDONYM_DIGITS = 10;

/** What every pseudonym starts with. */
export const PSEUDONYM_PREFIX = "P-";

/** A pseudonym's hex digits as a regular expression's source. */
export const PSEUDONYM_HEX = `[0-9a-f]{${PSEUDONYM_DIGITS}}`;

/** A pseudonym as a regular expression's source (no anchors, no flags), for JS and DuckDB alike. */
export const PSEUDONYM_SHAPE = `${PSEUDONYM_PREFIX}${PSEUDONYM_HEX}`;
