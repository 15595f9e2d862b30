// Where the study folders are: data/studies, or the folder EVALBOOK_STUDIES names (e.g. the browser tests' studies).
export const STUDIES = process.env.EVALBOOK_STUDIES || "data/studies";
