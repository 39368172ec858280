-- CreateTable
CREATE TABLE "TravelCostHint" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "municipalityId" TEXT NOT NULL,
    "textNl" TEXT NOT NULL,
    "textEn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "allowanceThreshold" INTEGER NOT NULL,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TravelCostHint_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TravelCostHint_municipalityId_key" ON "TravelCostHint"("municipalityId");
