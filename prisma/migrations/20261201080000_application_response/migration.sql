-- AlterTable
ALTER TABLE "Application" ADD COLUMN "respondBy" DATETIME;
ALTER TABLE "Application" ADD COLUMN "responseReminders" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN "responsePeriodDays" INTEGER NOT NULL DEFAULT 10;
