import { NETHERLANDS_ENVELOPE as E } from '../../domain/geo/netherlands.js';

/** The same envelope as a PostGIS geometry (EPSG:4326), for checks done in SQL. */
export const NETHERLANDS_ENVELOPE_SQL = `ST_MakeEnvelope(${E.minLon}, ${E.minLat}, ${E.maxLon}, ${E.maxLat}, 4326)`;
