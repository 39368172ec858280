-- The embedded search index without a second copy of its text and without word
-- positions (docs/decisions/011-search-engines.md):
-- - content='' with contentless_delete=1: FTS5 keeps only its index; the document itself
--   is in search_doc_body already, and rows can still be deleted (SQLite ≥ 3.43);
-- - detail=column: per term, the documents and columns it occurs in, not its positions.
--   Every query is words and prefixes with column filters (app/search/query.ts), never a
--   phrase of two words, which detail=column cannot answer.
-- At 200,000 internships this writes the index in about a fifth of the time and takes
-- a third of the space. Tokenizer and prefix indexes as before.
DROP TABLE IF EXISTS "internship_search";
CREATE VIRTUAL TABLE "internship_search" USING fts5(
    title,
    description,
    organisation,
    qualification,
    place,
    keywords,
    stems,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4',
    content = '',
    contentless_delete = 1,
    detail = column
);

-- The other index tables would no longer match the text index: empty them and forget
-- when the index was built, so `npm start` (search-rebuild --if-empty) builds it again.
DELETE FROM "search_doc_body";
DELETE FROM "search_doc";
DELETE FROM "search_meta" WHERE "key" = 'built_at';
INSERT INTO "search_meta" ("key", "value") VALUES ('version', '1')
    ON CONFLICT("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1;
