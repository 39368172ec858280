// The corpus of npm run bench:search: organisations and published internships with a
// realistic vocabulary, written straight into a migrated and seeded SQLite database.
// Titles, descriptions and learning goals are put together from Dutch word lists
// (occupations, tasks, tools, places, adjectives, and compounds of stems and heads, the
// way Dutch builds words), picked with a skew so a few words are common and most are
// rare, as in real text. Every internship has coordinates (clustered around the
// Amsterdam region and a few other Dutch cities, see LOCATIONS) but a small share.
// Deterministic: the same seed gives the same corpus.
//
// Run as its own process (`tsx scripts/bench/search-corpus.ts <file> <count>`), so the
// memory it takes is not counted in the benchmark's peak.
import Database from "better-sqlite3";

/** mulberry32: a small, fast, deterministic PRNG. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const split = (s: string) => s.trim().split(/\s*,\s*/);

const OCCUPATIONS: Record<string, string[]> = {
  hospitality: split(
    "kok, zelfstandig werkend kok, leidinggevende kok, gastheer, gastvrouw, barista, bartender, receptionist, kamermeisje, afwasser, keukenhulp, ober, serveerster, sommelier, patissier, cateringmedewerker, evenementenmedewerker, hotelmedewerker, frontofficemedewerker, banketbakker, lunchroommedewerker",
  ),
  care: split(
    "verzorgende-IG, mbo-verpleegkundige, helpende zorg en welzijn, begeleider gehandicaptenzorg, persoonlijk begeleider, thuiszorgmedewerker, doktersassistent, apothekersassistent, tandartsassistent, sociaal werker, jeugdwerker, activiteitenbegeleider, woonbegeleider, zorgassistent, kraamverzorgende, medisch secretaresse, ambulancebegeleider, maatschappelijk werker",
  ),
  technology: split(
    "software developer, webdeveloper, applicatieontwikkelaar, systeembeheerder, netwerkbeheerder, medewerker ICT-support, servicedeskmedewerker, elektromonteur, eerste monteur elektrotechniek, installatiemonteur, monteur zonnepanelen, werktuigbouwkundige, mechatronicus, procesoperator, lasser, constructiebankwerker, CNC-operator, automonteur, laborant, data-analist, cybersecurity-specialist",
  ),
  education: split(
    "onderwijsassistent, pedagogisch medewerker kinderopvang, pedagogisch medewerker, gastouder, sportinstructeur, zwemleraar, fitnesstrainer, bibliotheekmedewerker, klassenassistent, BSO-medewerker, peuterspeelzaalleidster, taalcoach, huiswerkbegeleider, jongerenwerker",
  ),
  retail: split(
    "verkoopmedewerker, eerste verkoper, filiaalmedewerker, kassamedewerker, winkelmedewerker, vakkenvuller, bakker, slager, visboer, kaasspecialist, fietsenmaker, modeadviseur, schoenverkoper, drogisterijmedewerker, opticien, bloembinder, webshopmedewerker, klantadviseur",
  ),
  logistics: split(
    "logistiek medewerker, assistent logistiek, magazijnmedewerker, orderpicker, heftruckchauffeur, vrachtwagenchauffeur, koerier, bezorger, planner, expeditiemedewerker, voorraadbeheerder, inkoper, douanedeclarant, havenwerker, verhuizer, transportplanner",
  ),
  construction: split(
    "timmerman, metselaar, schilder, stukadoor, loodgieter, dakdekker, tegelzetter, grondwerker, machinist, opperman, betonwerker, glaszetter, interieurbouwer, meubelmaker, restauratiemedewerker, uitvoerder, werkvoorbereider, steigerbouwer, vloerenlegger",
  ),
  creative: split(
    "mediavormgever, grafisch vormgever, fotograaf, podiumtechnicus, geluidstechnicus, lichttechnicus, cameraman, editor, animator, illustrator, contentmaker, ruimtelijk vormgever, modeontwerper, decorbouwer, art director",
  ),
  government: split(
    "handhaver toezicht en veiligheid, boa, beveiliger, stadswacht, baliemedewerker, office assistant, klantcontactmedewerker, medewerker burgerzaken, parkeercontroleur, toezichthouder, juridisch medewerker, beleidsmedewerker, archiefmedewerker",
  ),
  business_services: split(
    "office assistant, managementassistent, secretaresse, administratief medewerker, boekhouder, salarisadministrateur, marketingmedewerker, callcentermedewerker, klantenservicemedewerker, recruiter, receptionist, juridisch secretaresse, makelaar, verzekeringsadviseur, HR-medewerker, schoonmaker, glazenwasser, hovenier, dierenverzorger",
  ),
};

const VERBS: [string, string][] = split(
  "helpt:helpen, bereidt:bereiden, maakt:maken, plant:plannen, controleert:controleren, ontvangt:ontvangen, begeleidt:begeleiden, ondersteunt:ondersteunen, verzorgt:verzorgen, repareert:repareren, installeert:installeren, bouwt:bouwen, ontwerpt:ontwerpen, schrijft:schrijven, test:testen, verkoopt:verkopen, adviseert:adviseren, bestelt:bestellen, sorteert:sorteren, verzamelt:verzamelen, pakt in:inpakken, levert:leveren, rijdt:rijden, meet:meten, zaagt:zagen, schuurt:schuren, lakt:lakken, schildert:schilderen, monteert:monteren, sluit aan:aansluiten, beheert:beheren, registreert:registreren, rapporteert:rapporteren, evalueert:evalueren, organiseert:organiseren, presenteert:presenteren, fotografeert:fotograferen, filmt:filmen, monitort:monitoren, inspecteert:inspecteren, onderhoudt:onderhouden, reinigt:reinigen, kookt:koken, bakt:bakken, snijdt:snijden, serveert:serveren, schenkt:schenken, ruimt op:opruimen, vult aan:aanvullen, telt:tellen, weegt:wegen, labelt:labelen, scant:scannen, programmeert:programmeren, configureert:configureren, documenteert:documenteren, analyseert:analyseren, coördineert:coördineren, voert uit:uitvoeren, bespreekt:bespreken, belt:bellen, mailt:mailen, archiveert:archiveren, verwerkt:verwerken, begroet:begroeten, instrueert:instrueren, traint:trainen, coacht:coachen, leest voor:voorlezen, speelt:spelen, knipt:knippen, verft:verven, tekent:tekenen, lijmt:lijmen, boort:boren, last:lassen, timmert:timmeren, metselt:metselen, legt:leggen, plaatst:plaatsen, vervangt:vervangen, keurt:keuren, waarschuwt:waarschuwen, bekeurt:bekeuren, surveilleert:surveilleren",
).map((p) => p.split(":") as [string, string]);

const NOUNS = split(
  "gerechten, maaltijden, broodjes, salades, soepen, sauzen, desserts, taarten, koffie, cocktails, bestellingen, reserveringen, kamers, gasten, bezoekers, klanten, cliënten, bewoners, patiënten, kinderen, ouders, leerlingen, collega's, vrijwilligers, zorgplannen, dossiers, medicijnen, wonden, metingen, rapportages, activiteiten, uitstapjes, lessen, opdrachten, toetsen, boeken, spellen, werkplekken, laptops, telefoons, accounts, tickets, servers, netwerken, databases, websites, apps, koppelingen, storingen, installaties, meterkasten, kabels, groepenkasten, zonnepanelen, laadpalen, warmtepompen, leidingen, kozijnen, deuren, vloeren, wanden, plafonds, daken, tegels, stenen, balken, planken, steigers, fundamenten, bestekken, tekeningen, offertes, facturen, orders, pakketten, pallets, dozen, containers, zendingen, retouren, voorraden, schappen, etalages, kassa's, prijzen, aanbiedingen, folders, campagnes, posters, logo's, video's, foto's, podcasts, decors, voorstellingen, concerten, festivals, evenementen, vergaderingen, agenda's, notulen, brieven, aanvragen, vergunningen, paspoorten, klachten, meldingen, boetes, fietsen, auto's, scooters, machines, robots, motoren, onderdelen, materialen, gereedschappen, planten, bloemen, dieren, tuinen, parken",
);

const TOOLS = split(
  "kassasysteem, handscanner, heftruck, palletwagen, orderpicker, boormachine, cirkelzaag, decoupeerzaag, schuurmachine, waterpas, laserwaterpas, rolmaat, multimeter, soldeerbout, lasapparaat, draaibank, freesmachine, 3D-printer, laptop, tablet, camera, microfoon, mengpaneel, Photoshop, Illustrator, InDesign, Figma, Excel, Word, Outlook, Teams, Exact, AFAS, SAP, WMS, ERP-systeem, CRM, TypeScript, JavaScript, Python, Java, C#, SQL, Git, Linux, Windows, Azure, AWS, Docker, Kubernetes, bloeddrukmeter, tillift, rolstoel, ECD, combi-oven, frituur, espressomachine, vaatwasser, snijmachine, vacumeermachine, bakoven, koelcel, vriescel, bestelbus, bakfiets, elektrische fiets, portofoon, bodycam, pinautomaat, weegschaal, etiketprinter, steiger, betonmolen, troffel, kwast, verfroller, tegelsnijder",
);

const ADJECTIVES = split(
  "gezellige, drukke, rustige, kleine, grote, moderne, duurzame, klantvriendelijke, sociale, creatieve, technische, internationale, professionele, ervaren, jonge, enthousiaste, betrokken, zorgzame, nauwkeurige, flexibele, zelfstandige, leergierige, vrolijke, vriendelijke, open, diverse, inclusieve, betrouwbare, gestructureerde, ambitieuze, nieuwe, vernieuwende, groene, stedelijke, lokale, ambachtelijke, digitale, veilige, schone, warme",
);

const PLACES = split(
  "Amsterdam, Almere, Weesp, Zaandam, Diemen, Amstelveen, Haarlem, Purmerend, Lelystad, Hilversum, Centrum, Noord, Oost, West, Zuid, Zuidoost, Nieuw-West, Bijlmer, Gaasperdam, Osdorp, Slotervaart, Geuzenveld, Bos en Lommer, De Pijp, Jordaan, Oud-West, Watergraafsmeer, IJburg, Zeeburg, Buikslotermeerplein, Tuindorp Oostzaan, Nieuwendam, Buiksloot, Westpoort, Sloterdijk, Zuidas, Buitenveldert, Rivierenbuurt, Indische Buurt, Dapperbuurt, Oosterparkbuurt, Kinkerbuurt, Spaarndammerbuurt, Houthavens, Haven, Buiten, Poort, Hout, Pampus, Stad, Muziekwijk, Filmwijk, Stedenwijk, Literatuurwijk, Regenboogbuurt, Danswijk, Oostvaarders, Kruidenwijk, Tussen de Vaarten, Homeruskwartier, Overgooi, Duin, Amstelstation, Amstel, IJ, Damrak, Leidseplein, Rembrandtplein, Waterlooplein, Museumplein, Vondelpark, Westerpark, Oosterpark, Sloterplas, Gaasperplas, Bijlmerplein, Arena, Kalverstraat, Nieuwmarkt",
);

const COLLEAGUES = split(
  "je praktijkopleider, de chef, het team, een ervaren collega, de teamleider, de werkvoorbereider, de uitvoerder, de verpleegkundige, de leerkracht, de afdelingsmanager, de projectleider, de planner, de ontwerper, de ontwikkelaars, de monteurs, de handhavers",
);

const STEMS = split(
  "keuken, zorg, winkel, magazijn, kantoor, bouw, ICT, school, klant, bezoeker, afdeling, team, dienst, hout, metaal, auto, fiets, data, web, media, stad, buurt, wijk, haven, markt, hotel, restaurant, café, bakkerij, kliniek, thuis, kinder, jeugd, ouderen, sport, groen, dieren, water, energie, zonnepaneel, installatie, elektra, netwerk, beveiligings, service, balie, post, order, voorraad, transport, levering, retour, kassa, etalage, mode, schoen, boek, muziek, film, foto, geluid, licht, podium, feest, congres, verkoop, inkoop, personeels, onderhouds, schoonmaak, veiligheids, kwaliteits",
);
const HEADS = split(
  "medewerker, hulp, assistent, team, planning, ruimte, beheer, dienst, zaak, werk, taken, systeem, project, afdeling, wagen, bedrijf, centrum, opleiding, leider, plaats, coördinator, specialist",
);

/**
 * Where internships are: centres (latitude, longitude, weight) of the Amsterdam region
 * and a few other Dutch cities, most weight on Amsterdam. Around each centre the
 * organisations cluster (a normal spread of `km`), and an internship sits at its
 * organisation's address or, now and then, somewhere else in the same region.
 */
const LOCATIONS: { latitude: number; longitude: number; km: number; weight: number }[] = [
  { latitude: 52.3731, longitude: 4.8926, km: 1.5, weight: 14 }, // Amsterdam Centrum
  { latitude: 52.3575, longitude: 4.8613, km: 1.5, weight: 8 }, // Oud-West, De Pijp, Zuid
  { latitude: 52.3626, longitude: 4.8025, km: 2, weight: 6 }, // Nieuw-West
  { latitude: 52.3935, longitude: 4.925, km: 2, weight: 6 }, // Noord
  { latitude: 52.36, longitude: 4.938, km: 2, weight: 6 }, // Oost, IJburg
  { latitude: 52.312, longitude: 4.963, km: 2, weight: 7 }, // Zuidoost
  { latitude: 52.388, longitude: 4.84, km: 1.5, weight: 4 }, // Westpoort, Sloterdijk
  { latitude: 52.338, longitude: 4.872, km: 1, weight: 4 }, // Zuidas
  { latitude: 52.37, longitude: 5.214, km: 3, weight: 10 }, // Almere
  { latitude: 52.439, longitude: 4.817, km: 2, weight: 4 }, // Zaandam
  { latitude: 52.303, longitude: 4.862, km: 2, weight: 4 }, // Amstelveen
  { latitude: 52.34, longitude: 4.96, km: 1, weight: 2 }, // Diemen
  { latitude: 52.308, longitude: 5.042, km: 1, weight: 1 }, // Weesp
  { latitude: 52.381, longitude: 4.637, km: 2, weight: 4 }, // Haarlem
  { latitude: 52.503, longitude: 4.958, km: 1.5, weight: 2 }, // Purmerend
  { latitude: 52.508, longitude: 5.475, km: 2, weight: 1 }, // Lelystad
  { latitude: 52.225, longitude: 5.176, km: 2, weight: 2 }, // Hilversum
  { latitude: 52.0907, longitude: 5.1214, km: 3, weight: 5 }, // Utrecht
  { latitude: 51.9225, longitude: 4.4792, km: 3, weight: 4 }, // Rotterdam
  { latitude: 52.0705, longitude: 4.3007, km: 3, weight: 3 }, // Den Haag
  { latitude: 51.4416, longitude: 5.4697, km: 2.5, weight: 2 }, // Eindhoven
  { latitude: 53.2194, longitude: 6.5665, km: 2, weight: 1 }, // Groningen
];
/** The share of internships without coordinates (an address the geocoder did not find). */
const WITHOUT_COORDINATES = 0.03;

/** Coordinates around the centres above, with their own generator so the texts stay as they were. */
export function coordinateWriter(seed: number) {
  const random = prng(seed);
  const totalWeight = LOCATIONS.reduce((sum, l) => sum + l.weight, 0);
  const centre = () => {
    let r = random() * totalWeight;
    for (const location of LOCATIONS) if ((r -= location.weight) < 0) return location;
    return LOCATIONS[0];
  };
  // Box–Muller: a normal spread, in km, turned into degrees at that latitude.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const around = (latitude: number, longitude: number, km: number) => ({
    latitude: latitude + (normal() * km) / 111.2,
    longitude: longitude + (normal() * km) / (111.2 * Math.cos((latitude * Math.PI) / 180)),
  });
  return {
    organisation: () => {
      const c = centre();
      return around(c.latitude, c.longitude, c.km);
    },
    /** At the organisation's address (a few metres apart for another entrance) or elsewhere. */
    internship: (at: { latitude: number; longitude: number }) => {
      if (random() < WITHOUT_COORDINATES) return { latitude: null, longitude: null };
      if (random() < 0.8) return around(at.latitude, at.longitude, 0.05);
      const c = centre();
      return around(c.latitude, c.longitude, c.km * 2);
    },
  };
}

/** How a document picks words: index ∝ r², so the first words of a list are common and the last ones rare. */
const skewed =
  (random: () => number) =>
  <T>(list: readonly T[]): T =>
    list[Math.floor(random() ** 2 * list.length)];

export type Corpus = ReturnType<typeof corpusWriter>;

/** The text generator on its own (for the benchmark's queries and for tests). */
export function corpusWriter(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const often = skewed(random);
  const compound = () => `${often(STEMS)}${often(HEADS)}`;
  const object = () => (random() < 0.4 ? `${often(ADJECTIVES)} ${often(NOUNS)}` : random() < 0.5 ? `${often(NOUNS)}` : `${compound()}en`);
  const sentence = (occupation: string) => {
    const [third, infinitive] = often(VERBS);
    switch (Math.floor(random() * 7)) {
      case 0:
        return `Je ${third} ${object()} in ${pick(PLACES)}.`;
      case 1:
        return `Samen met ${often(COLLEAGUES)} ${third} je ${object()} en ${often(VERBS)[0]} je ${object()}.`;
      case 2:
        return `Je leert ${object()} ${infinitive} en werkt met ${often(TOOLS)} en ${often(TOOLS)}.`;
      case 3:
        return `Ons ${often(ADJECTIVES).replace(/e$/, "")} ${compound()} in ${pick(PLACES)} zoekt een ${often(ADJECTIVES)} stagiair als ${occupation}.`;
      case 4:
        return `Als ${occupation} ${third} je ${object()} voor ${often(NOUNS)}.`;
      case 5:
        return `Je bent ${often(ADJECTIVES).replace(/e$/, "")} en wilt ${often(VERBS)[1]} met ${often(TOOLS)}.`;
      default:
        return `Elke week ${third} je ${object()} op de ${compound()}.`;
    }
  };
  return {
    random,
    pick,
    sectors: Object.keys(OCCUPATIONS),
    organisationName: (sector: string, i: number) =>
      `${pick([...STEMS.map((s) => s[0].toUpperCase() + s.slice(1)), "Stichting", "Groep", "Studio"])}${pick(["", "groep", "huis", "bedrijf", " & Co", " Partners"])} ${pick(PLACES)} ${sector === "government" ? "Stadsloket" : ""}${i}`.replace(
        /\s+/g,
        " ",
      ),
    title: (sector: string) => {
      const occupation = often(OCCUPATIONS[sector]);
      const extra = pick([
        "",
        "",
        "",
        ` ${compound()}`,
        ` in ${pick(PLACES)}`,
        " (BOL)",
        " (BBL)",
        " junior",
        " deeltijd",
        ` bij ${often(ADJECTIVES).replace(/e$/, "")} team`,
      ]);
      return { occupation, title: `${random() < 0.7 ? "Stage " : ""}${occupation}${extra}` };
    },
    description: (occupation: string) => Array.from({ length: 2 + Math.floor(random() * 4) }, () => sentence(occupation)).join(" "),
    goals: (occupation: string) => Array.from({ length: 1 + Math.floor(random() * 3) }, () => sentence(occupation)).join(" "),
  };
}

/** Writes `count` published internships and their organisations into a migrated, seeded database. */
export function writeCorpus(file: string, count: number, seed = 42) {
  const corpus = corpusWriter(seed);
  const { random, pick } = corpus;
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  const quals = sqlite.prepare("SELECT id, sector FROM Qualification").all() as { id: string; sector: string }[];
  const municipalities = sqlite.prepare("SELECT id, name FROM Municipality").all() as { id: string; name: string }[];
  const districts = sqlite.prepare("SELECT id, municipalityId FROM District").all() as { id: string; municipalityId: string }[];
  const pactVersion = sqlite.prepare("SELECT id FROM PactVersion LIMIT 1").get() as { id: string };
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  const now = new Date();

  const orgCount = Math.max(20, Math.round(count / 100));
  const insertOrg = sqlite.prepare(
    `INSERT INTO Organisation (id, name, kvkNumber, kind, sector, street, houseNumber, postcode, city, municipalityId, districtId,
       contactName, contactEmail, verificationStatus, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, 'Straat', '1', '1000 AA', ?, ?, ?, 'Contact', 'c@example.test', 'verified', ?, ?)`,
  );
  const insertSig = sqlite.prepare(
    `INSERT INTO PactSignature (id, organisationId, pactVersionId, signerName, signerRole, signedAt, status, createdAt, updatedAt)
     VALUES (?, ?, ?, 'Signer', 'Owner', ?, 'approved', ?, ?)`,
  );
  const insertAward = sqlite.prepare(
    `INSERT INTO KeurmerkAward (id, organisationId, type, status, validFrom, validUntil, createdAt, updatedAt)
     VALUES (?, ?, ?, 'awarded', ?, ?, ?, ?)`,
  );
  const places = coordinateWriter(seed + 1);
  const orgs: { id: string; sector: string; municipalityId: string; districtId: string; city: string; at: { latitude: number; longitude: number } }[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < orgCount; i++) {
      const municipality = pick(municipalities);
      const district = pick(districts.filter((d) => d.municipalityId === municipality.id));
      const sector = pick(corpus.sectors);
      const id = `bench-org-${i}`;
      const stamp = iso(now);
      const since = iso(new Date(now.getTime() - 86_400_000));
      const until = iso(new Date(now.getTime() + 300 * 86_400_000));
      insertOrg.run(
        id,
        corpus.organisationName(sector, i),
        String(30_000_000 + i),
        pick(["private", "private", "subsidised", "municipality"]),
        sector,
        municipality.name,
        municipality.id,
        district.id,
        stamp,
        stamp,
      );
      if (random() < 0.7) insertSig.run(`bench-sig-${i}`, id, pactVersion.id, stamp, stamp, stamp);
      if (random() < 0.1) insertAward.run(`bench-aw-fh-${i}`, id, "fair_hospitality", since, until, stamp, stamp);
      if (random() < 0.1) insertAward.run(`bench-aw-ie-${i}`, id, "inclusive_employer", since, until, stamp, stamp);
      if (random() < 0.05) insertAward.run(`bench-aw-sna-${i}`, id, "sna", since, null, stamp, stamp);
      orgs.push({ id, sector, municipalityId: municipality.id, districtId: district.id, city: municipality.name, at: places.organisation() });
    }
  })();
  const qualsBySector = new Map(corpus.sectors.map((s) => [s, quals.filter((q) => q.sector === s)]));
  const insertInternship = sqlite.prepare(
    `INSERT INTO Internship (id, organisationId, municipalityId, districtId, title, description, qualificationId, level, route, hoursPerWeek,
       monthlyAllowance, hourlyWageCents, startDate, durationWeeks, locationCity, latitude, longitude, trainerName, trainerEmail, learningGoals, status, publishedAt, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Trainer', 't@example.test', ?, 'published', ?, ?, ?)`,
  );
  const words = new Set<string>();
  let characters = 0;
  let located = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const org = pick(orgs);
      const { occupation, title } = corpus.title(org.sector);
      const description = corpus.description(occupation);
      const goals = corpus.goals(occupation);
      for (const w of `${title} ${description}`.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(w);
      characters += title.length + description.length;
      const sectorQuals = qualsBySector.get(org.sector) ?? [];
      const qual = sectorQuals.length && random() < 0.8 ? pick(sectorQuals) : null;
      const hours = 8 + Math.floor(random() * 33);
      const allowance = Math.ceil((400 * Math.min(hours, 36)) / 36) + Math.floor(random() * 400);
      const start = new Date(Date.UTC(2026, 11 + Math.floor(random() * 9), 1));
      const published = iso(new Date(now.getTime() - Math.floor(random() * 200 * 86_400_000)));
      const location = places.internship(org.at);
      if (location.latitude !== null) located++;
      // Drawn in the order the arguments below used to draw them, so the corpus stays the same.
      const level = 1 + Math.floor(random() * 4);
      const route = random() < 0.2 ? "BBL" : "BOL";
      // A BBL learner is an employee: an hourly wage (€14.50–19.49), no monthly allowance
      // (domain/pay-code/input.ts refuses one, and the internship's page with it).
      const wageCents = route === "BBL" ? 1_450 + ((allowance * 7) % 500) : null;
      insertInternship.run(
        `bench-int-${String(i).padStart(7, "0")}`,
        org.id,
        org.municipalityId,
        org.districtId,
        title,
        description,
        qual?.id ?? null,
        level,
        route,
        hours,
        route === "BBL" ? null : allowance,
        wageCents,
        iso(start),
        pick([10, 20, 30, 40]),
        org.city,
        location.latitude,
        location.longitude,
        goals,
        published,
        published,
        published,
      );
    }
  })();
  sqlite.close();
  return { organisations: orgCount, distinctWords: words.size, meanTextLength: Math.round(characters / Math.max(1, count)), located };
}

if (process.argv[1]?.endsWith("search-corpus.ts")) {
  const [file, count, seed] = process.argv.slice(2);
  const started = Date.now();
  const stats = writeCorpus(file, Number(count), Number(seed ?? 42));
  console.info(
    `generated ${Number(count).toLocaleString("en")} internships and ${stats.organisations.toLocaleString("en")} organisations in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `${stats.distinctWords.toLocaleString("en")} distinct words in titles and descriptions, ${stats.meanTextLength} characters of title + description on average; ${stats.located.toLocaleString("en")} with coordinates`,
  );
}
