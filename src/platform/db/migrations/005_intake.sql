-- Intake and distribution (issue #3): the geographic intake regions, the distribution key per region with
-- its full history, the distribution decision recorded on each order, the link from a provisional to an
-- official supervision order, and the shadow list of chambers hearings (schaduwlijst raadkamer).

-- Intake regions are geographic and independent of how each probation organisation divides its own
-- regions: a client's postcode decides the intake region (src/domain/intake/regions.ts has the mapping).
-- `centre` is the reference point for choosing the nearest unit when an address has no coordinates.
CREATE TABLE intake_regions (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,10}$'),
  name_nl text NOT NULL,
  description_nl text NOT NULL,
  centre geometry(Point, 4326) NOT NULL,
  sort_order int NOT NULL
);
INSERT INTO intake_regions (code, name_nl, description_nl, centre, sort_order) VALUES
  ('NOORD', 'Noord', 'Groningen, Friesland en Drenthe (postcodes 78–79 en 84–99)',
   ST_SetSRID(ST_MakePoint(6.5665, 53.2194), 4326), 10),
  ('OOST', 'Oost', 'Gelderland-Oost, Overijssel en de Noordoostpolder (postcodes 65–77 en 80–83)',
   ST_SetSRID(ST_MakePoint(6.1552, 52.2661), 4326), 20),
  ('MIDDEN', 'Midden', 'Utrecht, het Gooi, Almere en de Betuwe (postcodes 12–13 en 34–42)',
   ST_SetSRID(ST_MakePoint(5.1214, 52.0907), 4326), 30),
  ('WEST', 'West', 'Noord- en Zuid-Holland (postcodes 10–11, 14–33)',
   ST_SetSRID(ST_MakePoint(4.4777, 52.1601), 4326), 40),
  ('ZUID', 'Zuid', 'Zeeland, Noord-Brabant en Limburg (postcodes 43–64)',
   ST_SetSRID(ST_MakePoint(5.4697, 51.4416), 4326), 50);

-- A valid key names exactly RN, SVG and LJR with whole percentages that add up to 100.
CREATE FUNCTION distribution_shares_valid(s jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(s) IS DISTINCT FROM 'object' THEN false ELSE
         s ?& ARRAY['RN', 'SVG', 'LJR']
     AND (SELECT count(*) FROM jsonb_object_keys(s)) = 3
     AND (SELECT bool_and(CASE WHEN jsonb_typeof(v) = 'number'
                               THEN (v::text)::numeric BETWEEN 0 AND 100 AND (v::text)::numeric = trunc((v::text)::numeric)
                               ELSE false END)
            FROM jsonb_each(s) AS e(k, v))
     AND (SELECT sum(CASE WHEN jsonb_typeof(v) = 'number' THEN (v::text)::numeric END) FROM jsonb_each(s) AS e(k, v)) = 100
  END
$$;

-- Append-only history: the current key of a region is its latest row with valid_from <= now().
CREATE TABLE distribution_keys (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  intake_region text NOT NULL REFERENCES intake_regions,
  shares jsonb NOT NULL CHECK (distribution_shares_valid(shares)),
  valid_from timestamptz NOT NULL DEFAULT now(),
  set_by uuid REFERENCES users,
  reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 1000)
);
CREATE INDEX distribution_keys_region_idx ON distribution_keys (intake_region, valid_from DESC, id DESC);

INSERT INTO distribution_keys (intake_region, shares, valid_from, set_by, reason) VALUES
  ('NOORD', '{"RN": 65, "SVG": 25, "LJR": 10}', '2025-01-01T00:00:00+01:00', NULL,
   'Startwaarde: landelijke verdeelsleutel 3RO, Noord met meer verslavingsreclassering'),
  ('OOST', '{"RN": 70, "SVG": 20, "LJR": 10}', '2025-01-01T00:00:00+01:00', NULL,
   'Startwaarde: landelijke verdeelsleutel 3RO'),
  ('MIDDEN', '{"RN": 70, "SVG": 20, "LJR": 10}', '2025-01-01T00:00:00+01:00', NULL,
   'Startwaarde: landelijke verdeelsleutel 3RO'),
  ('WEST', '{"RN": 68, "SVG": 20, "LJR": 12}', '2025-01-01T00:00:00+01:00', NULL,
   'Startwaarde: landelijke verdeelsleutel 3RO, West met meer dak- en thuislozenzorg'),
  ('ZUID', '{"RN": 70, "SVG": 20, "LJR": 10}', '2025-01-01T00:00:00+01:00', NULL,
   'Startwaarde: landelijke verdeelsleutel 3RO');

GRANT SELECT ON intake_regions, distribution_keys TO regie_app;
GRANT INSERT ON distribution_keys TO regie_app;

-- Everyone signed in reads the keys (no personal data); only the 3RO functional administrator (an
-- administrator of the intake point) adds a row, in their own name. There is no UPDATE or DELETE.
ALTER TABLE distribution_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY distribution_keys_read ON distribution_keys FOR SELECT USING (true);
CREATE POLICY distribution_keys_insert ON distribution_keys FOR INSERT WITH CHECK (
  set_by = (SELECT app_user_id())
  AND EXISTS (SELECT 1 FROM users u JOIN organisations o ON o.code = u.organisation_code
               WHERE u.id = (SELECT app_user_id()) AND u.active AND 'administrator' = ANY (u.roles)
                 AND o.kind = 'intake_point'));

-- The distribution decision, kept on the order so that it can always be explained afterwards.
ALTER TABLE orders
  ADD COLUMN intake_region text REFERENCES intake_regions,
  ADD COLUMN distribution_rule text
    CHECK (distribution_rule IN ('EARLIER_INVOLVEMENT', 'ADDICTION', 'HOMELESSNESS', 'DISTRIBUTION_KEY', 'MANUAL')),
  ADD COLUMN distribution_explanation text,
  ADD COLUMN distribution_override_reason text,
  ADD COLUMN distributed_at timestamptz,
  -- A provisional supervision order points at the official order that replaced it.
  ADD COLUMN official_order_id uuid REFERENCES orders,
  ADD CONSTRAINT orders_official_not_self CHECK (official_order_id IS NULL OR official_order_id <> id),
  ADD CONSTRAINT orders_override_has_reason CHECK (
    distribution_rule IS DISTINCT FROM 'MANUAL' OR coalesce(length(distribution_override_reason), 0) >= 5);
CREATE INDEX orders_intake_region_idx ON orders (intake_region, distributed_at) WHERE intake_region IS NOT NULL;
CREATE INDEX orders_intake_queue_idx ON orders (urgent DESC, due_date) WHERE status = 'RECEIVED';

-- The shadow list: chambers hearings on suspension of pre-trial detention whose outcome may start
-- supervision (with EM). A hearing needs attention when its date has passed without an outcome, or with
-- "suspended with conditions" but no supervision order linked yet.
CREATE TABLE chamber_hearings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES clients,
  organisation_code text REFERENCES organisations,
  court text NOT NULL CHECK (length(court) BETWEEN 2 AND 200),
  hearing_date date NOT NULL,
  case_reference text NOT NULL CHECK (length(case_reference) BETWEEN 1 AND 100),
  outcome text CHECK (outcome IN ('SUSPENDED_WITH_CONDITIONS', 'NOT_SUSPENDED', 'ADJOURNED')),
  outcome_at timestamptz,
  outcome_by uuid REFERENCES users,
  order_id uuid REFERENCES orders,
  -- An adjourned hearing is closed and continued in a new row.
  next_hearing_id uuid REFERENCES chamber_hearings,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users,
  CHECK ((outcome IS NULL) = (outcome_at IS NULL))
);
CREATE INDEX chamber_hearings_client_idx ON chamber_hearings (client_id);
CREATE INDEX chamber_hearings_open_idx ON chamber_hearings (hearing_date)
  WHERE outcome IS NULL OR order_id IS NULL;

GRANT SELECT, INSERT, UPDATE ON chamber_hearings TO regie_app;

ALTER TABLE chamber_hearings ENABLE ROW LEVEL SECURITY;
CREATE POLICY chamber_hearings_read ON chamber_hearings FOR SELECT USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) IN ('national', 'national-read'));
CREATE POLICY chamber_hearings_insert ON chamber_hearings FOR INSERT WITH CHECK (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');
CREATE POLICY chamber_hearings_update ON chamber_hearings FOR UPDATE USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national')
  WITH CHECK (organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');
