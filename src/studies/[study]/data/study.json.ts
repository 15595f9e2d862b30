// The validated codebook (study.yaml) of the study in the route: titles, waves, groups, instruments, labels.
import {serveStudyFile} from "../../../../loaders/serve.js";

await serveStudyFile("study.json");
