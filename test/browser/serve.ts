// The browser tests serve dist/ exactly as `npm run preview` does: a plain static server, no clean-URL rewriting.
export {serveStatic} from "../../loaders/preview.js";
