// npm run serve: the built app (npm run build), through server/spawn.js like npm start.
import { serveUntilStopped } from "../server/spawn.js";

serveUntilStopped();
