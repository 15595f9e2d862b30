// The ingest report of the study in the route: rows kept and excluded, invalid answers, duplicates, matching.
import {serveStudyFile} from "../../../../loaders/serve.js";

await serveStudyFile("ingest-report.json");
