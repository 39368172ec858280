-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "leasedUntil" DATETIME NOT NULL,
    "acquiredAt" DATETIME NOT NULL
);
