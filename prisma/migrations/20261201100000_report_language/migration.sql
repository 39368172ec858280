-- The language the reporting point was shown in when the report was made.
ALTER TABLE "Report" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'nl';
