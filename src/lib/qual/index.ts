// Qualitative tallies shared by the ingest (which writes them) and the pages (which recompute them for a filter).
export * from "./types.js";
export * from "./passages.js";
export * from "./tally.js";
export * from "./cooccurrence.js";
export * from "./agreement.js";
export * from "./joint.js";
export * from "./quotes.js";
