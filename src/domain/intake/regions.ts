/**
 * Intake regions: the five geographic regions the intake point distributes by. They do not follow any one
 * probation organisation's own regions (RN, SVG and LJ&R each divide the country differently); a client's
 * postcode alone decides the intake region, so the same address always lands in the same distribution key.
 */
export const INTAKE_REGIONS = ['NOORD', 'OOST', 'MIDDEN', 'WEST', 'ZUID'] as const;
export type IntakeRegion = (typeof INTAKE_REGIONS)[number];

/** Dutch names, as shown to users. */
export const INTAKE_REGION_NAMES: Record<IntakeRegion, string> = {
  NOORD: 'Noord',
  OOST: 'Oost',
  MIDDEN: 'Midden',
  WEST: 'West',
  ZUID: 'Zuid',
};

/**
 * The mapping from the first two digits of a Dutch postcode (10–99) to an intake region. The postcode
 * areas follow the provinces closely enough for distribution:
 *
 * | digits  | area                                                        | region |
 * |---------|-------------------------------------------------------------|--------|
 * | 10–11   | Amsterdam, Amstelveen                                       | WEST   |
 * | 12–13   | Het Gooi (Hilversum), Almere                                | MIDDEN |
 * | 14–19   | Noord-Holland (Purmerend, Zaanstad, Hoorn, Alkmaar, Den Helder, IJmond) | WEST |
 * | 20–33   | Zuid-Holland (Haarlem–Leiden, Den Haag, Delft, Gouda, Rotterdam, Dordrecht) | WEST |
 * | 34–39   | Utrecht province (Utrecht, Zeist, Amersfoort, Veenendaal)   | MIDDEN |
 * | 40–42   | Rivierenland, Betuwe (Tiel, Culemborg, Gorinchem)           | MIDDEN |
 * | 43–49   | Zeeland, West-Brabant (Middelburg, Bergen op Zoom, Breda)   | ZUID   |
 * | 50–59   | Noord-Brabant, Noord-Limburg (Tilburg, Den Bosch, Eindhoven, Venlo) | ZUID |
 * | 60–64   | Midden- en Zuid-Limburg (Roermond, Maastricht, Heerlen)     | ZUID   |
 * | 65–77   | Gelderland-Oost, Overijssel (Nijmegen, Arnhem, Apeldoorn, Deventer, Enschede) | OOST |
 * | 78–79   | Zuidoost-Drenthe (Emmen, Hoogeveen)                          | NOORD  |
 * | 80–83   | Zwolle, Kampen, Lelystad, Noordoostpolder                    | OOST   |
 * | 84–99   | Friesland, Groningen, Noord-Drenthe (Heerenveen, Leeuwarden, Assen, Groningen) | NOORD |
 */
const RANGES: readonly (readonly [from: number, to: number, region: IntakeRegion])[] = [
  [10, 11, 'WEST'],
  [12, 13, 'MIDDEN'],
  [14, 33, 'WEST'],
  [34, 42, 'MIDDEN'],
  [43, 64, 'ZUID'],
  [65, 77, 'OOST'],
  [78, 79, 'NOORD'],
  [80, 83, 'OOST'],
  [84, 99, 'NOORD'],
];

const POSTCODE = /^\s*([1-9][0-9])[0-9]{2}\s?[A-Za-z]{2}\s*$/;

/**
 * The intake region of a Dutch postcode (`1234 AB` or `1234AB`), or undefined when the text is not a
 * Dutch postcode.
 */
export function intakeRegionOfPostcode(postcode: string): IntakeRegion | undefined {
  const m = POSTCODE.exec(postcode);
  if (!m) return undefined;
  const digits = Number(m[1]);
  return RANGES.find(([from, to]) => digits >= from && digits <= to)?.[2];
}

export const isIntakeRegion = (s: string): s is IntakeRegion =>
  (INTAKE_REGIONS as readonly string[]).includes(s);
