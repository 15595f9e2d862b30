// Result tables computed from scores and responses: the loaders write them, the pages recompute them for a filter.
export * from "./design.js";
export * from "./score-counts.js";
export * from "./paired.js";
export * from "./one-sample.js";
export * from "./between-groups.js";
export * from "./reliability.js";
export * from "./change.js";
export * from "./change-counts.js";
export * from "./omnibus.js";
