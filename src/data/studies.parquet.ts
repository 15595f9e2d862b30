// The study catalogue as Parquet: one row per study folder, in id order, for the home page's cards.
import {studyCatalogue} from "../../loaders/catalogue.js";
import {STUDIES} from "../../loaders/studies-root.js";
import {writeParquet} from "../../loaders/write/parquet.js";

process.stdout.write(await writeParquet(await studyCatalogue(STUDIES)));
