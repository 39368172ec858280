import { describe, expect, it } from "vitest";
import { findIdentityHints, type IdentityHintKind } from "../../../app/domain/anonymisation";

interface Case {
  input: string;
  hints: [IdentityHintKind, string][];
}

const ageCases: Case[] = [
  { input: "Ik ben 17 jaar en wil koken.", hints: [["age", "Ik ben 17 jaar"]] },
  { input: "Ik ben zeventien jaar oud.", hints: [["age", "Ik ben zeventien jaar oud"]] },
  { input: "Ik ben nu 18.", hints: [["age", "Ik ben nu 18"]] },
  { input: "Een gemotiveerde 17 jaar oud scholier", hints: [["age", "17 jaar oud"]] },
  { input: "Als 16-jarige werk ik al in de keuken.", hints: [["age", "16-jarige"]] },
  { input: "I am 17 years old and eager to learn.", hints: [["age", "I am 17 years old"]] },
  { input: "I'm 19 and I love logistics.", hints: [["age", "I'm 19"]] },
  { input: "Ik ben geboren in 2008 en woon in West.", hints: [["age", "geboren in 2008"]] },
  { input: "Geboren op 3 mei 2008.", hints: [["age", "Geboren op 3 mei 2008"]] },
  { input: "I was born in 2007.", hints: [["age", "born in 2007"]] },
  { input: "Mijn leeftijd is 16.", hints: [["age", "Mijn leeftijd is 16"]] },
];

const schoolCases: Case[] = [
  { input: "Ik zit op het ROC van Amsterdam, niveau 2.", hints: [["school", "ROC van Amsterdam"]] },
  { input: "I study at ROC Flevoland.", hints: [["school", "ROC Flevoland"]] },
  { input: "Ik doe de opleiding bij het Mediacollege.", hints: [["school", "Mediacollege"]] },
  { input: "Ik zit op het Grafisch Lyceum Rotterdam.", hints: [["school", "Grafisch Lyceum Rotterdam"]] },
  { input: "Ik leer het vak op het Hout- en Meubileringscollege.", hints: [["school", "Hout- en Meubileringscollege"]] },
  { input: "Ik zit op het Nova College in Haarlem.", hints: [["school", "Nova College"]] },
  { input: "Ik zit op het alfa-college.", hints: [["school", "alfa-college"]] },
  { input: "Op Zadkine leer ik koken.", hints: [["school", "Zadkine"]] },
  { input: "Mijn roc vindt stage belangrijk.", hints: [["school", "roc"]] },
];

const originCases: Case[] = [
  { input: "Ik ben Marokkaans en spreek drie talen.", hints: [["origin", "Ik ben Marokkaans"]] },
  { input: "Ik ben Marokkaans-Nederlands.", hints: [["origin", "Ik ben Marokkaans-Nederlands"]] },
  { input: "Mijn ouders komen uit Turkije.", hints: [["origin", "Mijn ouders komen uit Turkije"]] },
  { input: "Ik kom oorspronkelijk uit Syrië.", hints: [["origin", "Ik kom oorspronkelijk uit Syrië"]] },
  { input: "Ik ben van Surinaamse afkomst.", hints: [["origin", "van Surinaamse afkomst"]] },
  { input: "I am Polish and I like order.", hints: [["origin", "I am Polish"]] },
  { input: "My parents come from Morocco.", hints: [["origin", "My parents come from Morocco"]] },
  { input: "Ik ben geboren in Eritrea.", hints: [["origin", "geboren in Eritrea"]] },
];

const keptCases: Case[] = [
  { input: "Ik ben 20 uur per week beschikbaar.", hints: [] },
  { input: "Ik ben 15 jaar bezig met koken.", hints: [] },
  { input: "Ik werk al 3 jaar in de zorg.", hints: [] },
  { input: "ik ben 1 van de 3", hints: [] },
  { input: "In 2024 begon ik met mijn opleiding.", hints: [] },
  { input: "Ik volg graag een hoorcollege of werkcollege.", hints: [] },
  { input: "Ik spreek Turks, Arabisch en Engels.", hints: [] },
  { input: "Ik kom uit Almere en reis met de bus.", hints: [] },
  { input: "Ik werk graag at home en in teams.", hints: [] },
];

const mixedCases: Case[] = [
  {
    input: "Ik ben 17 jaar, zit op het ROC van Amsterdam en mijn ouders komen uit Marokko.",
    hints: [
      ["age", "Ik ben 17 jaar"],
      ["school", "ROC van Amsterdam"],
      ["origin", "mijn ouders komen uit Marokko"],
    ],
  },
];

describe("findIdentityHints", () => {
  describe.each([
    ["age", ageCases],
    ["school", schoolCases],
    ["origin", originCases],
    ["ordinary text", keptCases],
    ["mixed text", mixedCases],
  ])("%s", (_group, cases) => {
    it.each(cases)("$input", ({ input, hints }) => {
      const found = findIdentityHints(input);
      expect(found.map((h) => [h.kind, h.text])).toEqual(hints);
      for (const h of found) expect(input.slice(h.start, h.end)).toBe(h.text);
    });
  });
});
