-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "latitude" REAL;
ALTER TABLE "Organisation" ADD COLUMN "longitude" REAL;

-- AlterTable
ALTER TABLE "Internship" ADD COLUMN "latitude" REAL;
ALTER TABLE "Internship" ADD COLUMN "locationPostcode" TEXT;
ALTER TABLE "Internship" ADD COLUMN "longitude" REAL;

-- CreateTable
CREATE TABLE "UserIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    CONSTRAINT "UserIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdentityLinkRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IdentityLinkRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "GeocodeCache" (
    "query" TEXT NOT NULL PRIMARY KEY,
    "found" BOOLEAN NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "label" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "UserIdentity_userId_idx" ON "UserIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "UserIdentity_provider_subject_key" ON "UserIdentity"("provider", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "IdentityLinkRequest_tokenHash_key" ON "IdentityLinkRequest"("tokenHash");

-- CreateIndex
CREATE INDEX "IdentityLinkRequest_userId_idx" ON "IdentityLinkRequest"("userId");


-- Distance search in the embedded engine: the internship's coordinates in the index
-- (null when unknown), with an index on latitude for the bounding-box prefilter. The
-- index is emptied so the next start rebuilds it with the new columns.
ALTER TABLE "search_doc" ADD COLUMN "lat" REAL;
ALTER TABLE "search_doc" ADD COLUMN "lon" REAL;
CREATE INDEX "search_doc_lat_idx" ON "search_doc"("lat");
DELETE FROM "internship_search";
DELETE FROM "search_doc_body";
DELETE FROM "search_doc";
DELETE FROM "search_meta" WHERE "key" = 'built_at';
INSERT INTO "search_meta" ("key", "value") VALUES ('version', '1')
    ON CONFLICT("key") DO UPDATE SET "value" = CAST("value" AS INTEGER) + 1;
