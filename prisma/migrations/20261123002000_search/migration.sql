-- The embedded search index (app/search/embedded.server.ts). Not part of the Prisma
-- schema: FTS5 virtual tables cannot be modelled there. Rebuilt from the database with
-- `npm run search:rebuild`; kept current by the search outbox relay.

-- One row per published internship with its facet values as narrow columns, so scans
-- and facet counts stay fast; the whole search document is in search_doc_body.
CREATE TABLE "search_doc" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "id" TEXT NOT NULL,
    "published_at" INTEGER NOT NULL,
    "sector" TEXT NOT NULL,
    "qualification" TEXT,
    "level" INTEGER NOT NULL,
    "municipality" TEXT NOT NULL,
    "district" TEXT,
    "hours" INTEGER NOT NULL,
    "hours_band" TEXT NOT NULL,
    "allowance" INTEGER NOT NULL,
    "start_month" TEXT NOT NULL,
    "shortage" INTEGER NOT NULL,
    "district_internship" INTEGER NOT NULL,
    "pact" INTEGER NOT NULL,
    "fair_hospitality" INTEGER NOT NULL,
    "inclusive_employer" INTEGER NOT NULL,
    "sna" INTEGER NOT NULL,
    "organisation_id" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_doc_id_key" ON "search_doc"("id");
CREATE INDEX "search_doc_published_at_idx" ON "search_doc"("published_at");
CREATE INDEX "search_doc_allowance_idx" ON "search_doc"("allowance");
CREATE INDEX "search_doc_organisation_idx" ON "search_doc"("organisation_id");

-- The search document as JSON, keyed by the rowid of search_doc; results render from it.
CREATE TABLE "search_doc_body" (
    "rowid" INTEGER NOT NULL PRIMARY KEY,
    "doc" TEXT NOT NULL
);

-- Full text over title, description, organisation, qualification and place. Diacritics
-- are folded ("cliënt" finds "client") and prefixes of 2–4 characters are indexed so
-- search-as-you-type stays fast. Its rowid is the rowid of search_doc.
CREATE VIRTUAL TABLE "internship_search" USING fts5(
    title,
    description,
    organisation,
    qualification,
    place,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

-- When the index was last built from scratch; an empty table means "never".
CREATE TABLE "search_meta" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);
