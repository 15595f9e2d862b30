// omnibus.parquet of the study in the route, from its (cached) ingest.
import {serveStudyFile} from "../../../../loaders/serve.js";

await serveStudyFile("omnibus.parquet");
