-- Work-based (BBL) places and internships below a raised minimum in the embedded search
-- index: two more yes/no columns, filtered and counted like the others. The documents
-- also changed shape (an hourly wage, the pay-check state), so the index is emptied and
-- `npm start` (search-rebuild --if-empty) builds it again.
ALTER TABLE "search_doc" ADD COLUMN "bbl" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "search_doc" ADD COLUMN "below_code" INTEGER NOT NULL DEFAULT 0;
DELETE FROM "internship_search";
DELETE FROM "search_doc_body";
DELETE FROM "search_doc";
DELETE FROM "search_meta" WHERE "key" = 'built_at';
INSERT INTO "search_meta" ("key", "value") VALUES ('version', '1')
    ON CONFLICT("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1;
