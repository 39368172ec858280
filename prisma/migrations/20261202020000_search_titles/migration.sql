-- The titles of the indexed internships in an FTS5 table of their own, for the first
-- relevance tier ("every word in the title", app/search/query.ts ftsTierExpressions).
-- Asked of internship_search's title column, FTS5 reads each word's postings in every
-- column and keeps the title's: as much work as the match itself ("ver": 7.6 ms at
-- 200,000 internships). Titles alone are a few words each: 1.3 ms. detail=none (no
-- columns, no positions): a title search is words and prefixes only. Same tokenizer and
-- prefix indexes as internship_search; rowids are search_doc's.
CREATE VIRTUAL TABLE "internship_title_search" USING fts5(
    title,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4',
    content = '',
    contentless_delete = 1,
    detail = none
);

INSERT INTO "internship_title_search" ("rowid", "title")
    SELECT "rowid", json_extract("doc", '$.title') FROM "search_doc_body";
INSERT INTO "search_meta" ("key", "value") VALUES ('version', '1')
    ON CONFLICT("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1;
