// Whether this is the published site (npm run build) or the local one (npm run dev), and the study's min_cell.
import {join} from "node:path";
import {parseArgs} from "node:util";
import {InputError} from "../../../../loaders/errors.js";
import {publishPolicy} from "../../../../loaders/publish/mode.js";
import {STUDIES} from "../../../../loaders/studies-root.js";
import {loadStudy} from "../../../../loaders/study/load.js";

const {values} = parseArgs({options: {study: {type: "string"}}, strict: false});
try {
  const study = await loadStudy(join(STUDIES, String(values.study)));
  process.stdout.write(JSON.stringify(publishPolicy(study)) + "\n");
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.error(error.message);
  process.exit(1);
}
