// Which build this is: the published site (`npm run build` sets EVALBOOK_PUBLISH=1) or the local one (`npm run dev`).
import type {PublishPolicy} from "../../src/lib/suppress.js";
import type {Study} from "../study/schema.js";

/** The environment variable `loaders/build.ts` sets for Framework and its data loaders. */
export const PUBLISH_ENV = "EVALBOOK_PUBLISH";

export function isPublishBuild(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[PUBLISH_ENV] === "1";
}

/** The study's publishing rules in this build; the local build shows everything, excerpts included. */
export function publishPolicy(study: Study, published = isPublishBuild()): PublishPolicy {
  return {published, min_cell: study.publish.min_cell, excerpts: !published || study.publish.excerpts};
}
