// The studies of the browser tests' site: the three demo studies and the page-test studies.

export const STUDIES = ["p-street", "q-school", "z-village"] as const;

/** Page-test studies of test/fixtures/studies built into the test site: three waves with sum scores; one wave. */
export const FIXTURE_STUDIES = ["waves3", "onewave"] as const;

/** The folder the test site's studies are gathered in (EVALBOOK_STUDIES for its build). */
export const TEST_STUDIES = ".evalbook/test-studies";
