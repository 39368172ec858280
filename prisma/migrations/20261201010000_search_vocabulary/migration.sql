-- The search vocabulary (issue: search that understands students): everyday words per
-- sector and per qualification, kept as data and fed to both search engines.
CREATE TABLE "SectorVocabulary" (
    "sector" TEXT NOT NULL PRIMARY KEY,
    "terms" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

ALTER TABLE "Qualification" ADD COLUMN "searchTerms" TEXT NOT NULL DEFAULT '';
