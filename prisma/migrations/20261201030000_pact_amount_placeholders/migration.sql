-- Pact commitments written before amounts came from the rule in force carry the pact
-- minimum as a number; from now on the text holds a placeholder that is rendered with
-- the amount of the rule in force on the day (app/domain/pact/render.ts).
UPDATE "PactCommitment"
   SET "textNl" = REPLACE("textNl", 'minstens € 400 per maand', 'minstens €{pactMinimum} per maand'),
       "textEn" = REPLACE("textEn", 'at least €400 a month', 'at least €{pactMinimum} a month')
 WHERE "key" = 'allowance';
