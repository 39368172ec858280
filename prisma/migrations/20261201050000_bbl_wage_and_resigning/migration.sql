-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Municipality" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fullTimeHours" INTEGER NOT NULL DEFAULT 36,
    "gracePeriodDays" INTEGER NOT NULL DEFAULT 30,
    "resignPeriodDays" INTEGER NOT NULL DEFAULT 60,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Municipality" ("createdAt", "fullTimeHours", "gracePeriodDays", "id", "name", "slug", "updatedAt") SELECT "createdAt", "fullTimeHours", "gracePeriodDays", "id", "name", "slug", "updatedAt" FROM "Municipality";
DROP TABLE "Municipality";
ALTER TABLE "new_Municipality" RENAME TO "Municipality";
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");
CREATE TABLE "new_PayRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "monthlyMinimum" INTEGER,
    "hourlyMinimumCents" INTEGER,
    "version" INTEGER NOT NULL,
    "validFrom" DATETIME NOT NULL,
    "validUntil" DATETIME,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    CONSTRAINT "PayRule_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PayRule_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PayRule" ("createdAt", "createdById", "id", "kind", "monthlyMinimum", "municipalityId", "note", "validFrom", "validUntil", "version") SELECT "createdAt", "createdById", "id", "kind", "monthlyMinimum", "municipalityId", "note", "validFrom", "validUntil", "version" FROM "PayRule";
DROP TABLE "PayRule";
ALTER TABLE "new_PayRule" RENAME TO "PayRule";
CREATE INDEX "PayRule_municipalityId_kind_validFrom_idx" ON "PayRule"("municipalityId", "kind", "validFrom");
CREATE UNIQUE INDEX "PayRule_municipalityId_kind_version_key" ON "PayRule"("municipalityId", "kind", "version");
CREATE TABLE "new_PactSignature" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "pactVersionId" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerRole" TEXT NOT NULL,
    "signedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "resignBy" DATETIME,
    "resignReminders" INTEGER NOT NULL DEFAULT 0,
    "statusReason" TEXT,
    "approvedAt" DATETIME,
    "endedAt" DATETIME,
    "decidedAt" DATETIME,
    "decidedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PactSignature_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PactSignature_pactVersionId_fkey" FOREIGN KEY ("pactVersionId") REFERENCES "PactVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PactSignature" ("approvedAt", "createdAt", "decidedAt", "decidedById", "endedAt", "id", "organisationId", "pactVersionId", "signedAt", "signerName", "signerRole", "status", "statusReason", "updatedAt") SELECT "approvedAt", "createdAt", "decidedAt", "decidedById", "endedAt", "id", "organisationId", "pactVersionId", "signedAt", "signerName", "signerRole", "status", "statusReason", "updatedAt" FROM "PactSignature";
DROP TABLE "PactSignature";
ALTER TABLE "new_PactSignature" RENAME TO "PactSignature";
CREATE INDEX "PactSignature_organisationId_status_idx" ON "PactSignature"("organisationId", "status");
CREATE TABLE "new_Internship" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organisationId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "districtId" TEXT,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "qualificationId" TEXT,
    "level" INTEGER NOT NULL,
    "route" TEXT NOT NULL DEFAULT 'BOL',
    "hoursPerWeek" INTEGER NOT NULL,
    "monthlyAllowance" INTEGER,
    "hourlyWageCents" INTEGER,
    "startDate" DATETIME NOT NULL,
    "durationWeeks" INTEGER NOT NULL,
    "locationStreet" TEXT,
    "locationCity" TEXT NOT NULL,
    "trainerName" TEXT NOT NULL,
    "trainerEmail" TEXT NOT NULL,
    "trainerPhone" TEXT,
    "learningGoals" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" DATETIME,
    "unpublishedAt" DATETIME,
    "closedAt" DATETIME,
    "payCheckCompliant" BOOLEAN,
    "payCheckRuleId" TEXT,
    "payCheckRuleKind" TEXT,
    "payCheckVersion" INTEGER,
    "payCheckRequired" INTEGER,
    "payCheckAt" DATETIME,
    "flaggedAt" DATETIME,
    "flagReason" TEXT,
    "unpublishAfter" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Internship_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Internship_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Internship_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "District" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Internship_qualificationId_fkey" FOREIGN KEY ("qualificationId") REFERENCES "Qualification" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Internship" ("closedAt", "createdAt", "createdById", "description", "districtId", "durationWeeks", "flagReason", "flaggedAt", "hoursPerWeek", "id", "learningGoals", "level", "locationCity", "locationStreet", "monthlyAllowance", "municipalityId", "organisationId", "payCheckAt", "payCheckCompliant", "payCheckRequired", "payCheckRuleId", "payCheckRuleKind", "payCheckVersion", "publishedAt", "qualificationId", "route", "startDate", "status", "title", "trainerEmail", "trainerName", "trainerPhone", "unpublishAfter", "unpublishedAt", "updatedAt") SELECT "closedAt", "createdAt", "createdById", "description", "districtId", "durationWeeks", "flagReason", "flaggedAt", "hoursPerWeek", "id", "learningGoals", "level", "locationCity", "locationStreet", "monthlyAllowance", "municipalityId", "organisationId", "payCheckAt", "payCheckCompliant", "payCheckRequired", "payCheckRuleId", "payCheckRuleKind", "payCheckVersion", "publishedAt", "qualificationId", coalesce("route", 'BOL') AS "route", "startDate", "status", "title", "trainerEmail", "trainerName", "trainerPhone", "unpublishAfter", "unpublishedAt", "updatedAt" FROM "Internship";
DROP TABLE "Internship";
ALTER TABLE "new_Internship" RENAME TO "Internship";
CREATE INDEX "Internship_status_publishedAt_idx" ON "Internship"("status", "publishedAt");
CREATE INDEX "Internship_organisationId_status_idx" ON "Internship"("organisationId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
