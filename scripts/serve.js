// npm run serve: the built app (npm run build), through server/spawn.js like npm start.
import { spawnServer } from "../server/spawn.js";

const server = spawnServer();
const stop = (signal) => server.kill(signal);
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", (code) => process.exit(code ?? 0));
