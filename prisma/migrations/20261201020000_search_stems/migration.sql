-- Stems, compound parts and vocabulary words for the embedded search index
-- (app/search/text.ts). FTS5 tables cannot gain columns, so internship_search is made
-- again with two more: `keywords` (the everyday words of the internship's sector and
-- qualification, matched as typed) and `stems` (the Dutch and English stems of every
-- word, the parts of compounds and the joined form of hyphenated words). Tokenizer and
-- prefix indexes as in 20261123002000_search.
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
    prefix = '2 3 4'
);

-- The other index tables would no longer match the text index: empty them and forget
-- when the index was built, so `npm start` (search-rebuild --if-empty) builds it again.
DELETE FROM "search_doc_body";
DELETE FROM "search_doc";
DELETE FROM "search_meta" WHERE "key" = 'built_at';
INSERT INTO "search_meta" ("key", "value") VALUES ('version', '1')
    ON CONFLICT("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1;
