// npm run search:rebuild — rebuilds the search index from scratch from the database
// (the embedded FTS5 index always, Meilisearch too when MEILI_HOST is set), printing
// progress. `--if-empty` only builds what needs it (used by `npm start`): the embedded
// index when it was never built, so a fresh machine can search straight away, and
// Meilisearch when it does not hold every internship yet (see enginesToBuild).
//
// Run it as `npm run search:rebuild`: that gives the process a heap budget
// (--max-old-space-size in package.json). What a rebuild keeps alive is small (a batch
// of documents and the organisations read so far: about 50 MB at 200,000 internships),
// but it makes garbage quickly, and without a budget V8 lets the heap grow to 250 MB
// before it collects (peak 435 MB against 285 MB, in the same time).
const { enginesToBuild, indexEngines, rebuildAll } = await import("~/search/search.server");
const { db } = await import("~/utils/db.server");

const todo = process.argv.includes("--if-empty") ? await enginesToBuild() : indexEngines();
if (todo.length === 0) {
  console.info("search index: already built");
} else {
  let last = 0;
  const results = await rebuildAll(({ engine, indexed, total }) => {
    if (indexed - last >= 1000 || indexed === total) {
      last = indexed;
      console.info(`search index (${engine}): ${indexed} / ${total}`);
    }
  }, todo);
  for (const r of results) console.info(`search index (${r.engine}): ${r.indexed} internships in ${r.ms} ms`);
  // The kernel's high-water mark of this process (getrusage's ru_maxrss, in KiB).
  console.info(`search index: peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
await db.$disconnect();
process.exit(0);
export {};
