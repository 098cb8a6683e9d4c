-- EM advice (deeladvies EM): the request from the EM request desk, the feasibility investigation, police
-- information with its own deadline, the proposed zones and time windows, the conclusion and its sending.
-- Plus the EM signal: configurable rules that prompt an advisor to consider EM, and the recorded
-- consideration. Every personal-data table inherits visibility from its order (EXISTS on orders, so
-- row-level security of orders decides), and writing needs a writable order (can_write_org).

-- One EM advice per EM_ADVICE order; the order id is the advice id.
CREATE TABLE em_advices (
  order_id uuid PRIMARY KEY REFERENCES orders ON DELETE CASCADE,
  -- { street, houseNumber, postcode, city } as requested; the point (if known) in RD New metres.
  intended_address jsonb NOT NULL,
  intended_location geometry(Point, 28992),
  -- The main resident or other contact at the intended address: { name, phone }.
  address_contact jsonb NOT NULL,
  victim_address jsonb,
  victim_location geometry(Point, 28992),
  offence text NOT NULL,
  -- Feasibility investigation: { client: { aspect: { value, note } }, dwelling: {…}, surroundings: {…} }.
  feasibility jsonb,
  -- { date, mode: PHYSICAL | DIGITAL, company: ALONE | IN_PAIRS, safetyNote }
  home_visit jsonb,
  police_info_requested_at timestamptz,
  police_info_due_date date,
  police_info_received_at timestamptz,
  police_info_summary text CHECK (police_info_summary IS NULL OR length(police_info_summary) <= 10000),
  -- The proposed location requirement and police response for the exclusion zones.
  time_windows jsonb NOT NULL DEFAULT '[]',
  police_response boolean NOT NULL DEFAULT false,
  -- { outcome, reasons[], proposedInstallation, discussedWithClient, clientResponse, notDiscussedReason,
  --   decidedBy, decidedAt }
  conclusion jsonb,
  document_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (police_info_received_at IS NULL OR police_info_requested_at IS NOT NULL),
  CHECK (document_sent_at IS NULL OR conclusion IS NOT NULL)
);

-- Proposed zones of an EM advice, in RD New (EPSG:28992). A separate table rather than condition_zones:
-- an advice proposes zones before any condition is imposed, and condition_zones hangs off imposed
-- conditions (decision 0005). Circles keep their exact centre and radius (the 5 km rule is computed on
-- them exactly); geom holds the polygon (for circles the buffered one) for drawing and spatial queries.
CREATE TABLE em_advice_zones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES em_advices ON DELETE CASCADE,
  position int NOT NULL,
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  kind text NOT NULL CHECK (kind IN ('exclusion', 'inclusion')),
  geom geometry(Polygon, 28992) NOT NULL,
  centre geometry(Point, 28992),
  radius_m numeric CHECK (radius_m IS NULL OR radius_m > 0),
  CHECK ((centre IS NULL) = (radius_m IS NULL)),
  CHECK (ST_IsValid(geom)),
  UNIQUE (order_id, position)
);
CREATE INDEX em_advice_zones_order_idx ON em_advice_zones (order_id);
CREATE INDEX em_advice_zones_geom_idx ON em_advice_zones USING gist (geom);

-- The case profile an advisor records on a regular advice order; the EM signal rules read it.
-- { victimIdentifiable: boolean, nightTime: boolean, areaBound: boolean }
ALTER TABLE orders ADD COLUMN case_profile jsonb NOT NULL DEFAULT '{}';

-- EM signal rules: reference data, no personal data. A rule fires when the offence text contains one of
-- its keywords, the client carries one of its risk flags, or the case profile has its field set to true.
-- Administrators change keywords, flags or `active` here; the code holds no keyword list of its own.
CREATE TABLE em_signal_rules (
  id text PRIMARY KEY CHECK (id ~ '^[A-Z_]{2,50}$'),
  description_nl text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('OFFENCE', 'CASE_PROFILE')),
  -- { keywords?: string[], flags?: string[], profileField?: 'victimIdentifiable' | 'nightTime' | 'areaBound' }
  parameters jsonb NOT NULL,
  active boolean NOT NULL DEFAULT true,
  sort_order int NOT NULL DEFAULT 100
);
INSERT INTO em_signal_rules (id, description_nl, kind, parameters, sort_order) VALUES
('STALKING', 'Belaging (stalking): een locatieverbod of contactverbod met EM kan het slachtoffer beschermen',
 'OFFENCE', '{"keywords":["belaging","belaagd","stalking","stalken","gestalkt","achtervolgen"],"flags":["STALKING"]}', 10),
('DOMESTIC_VIOLENCE', 'Huiselijk geweld: een locatieverbod rond het slachtoffer met EM kan herhaling voorkomen',
 'OFFENCE', '{"keywords":["huiselijk geweld","partnergeweld","relationeel geweld","ex-partner","kindermishandeling","mishandeling van partner"],"flags":["DOMESTIC_VIOLENCE"]}', 20),
('VICTIM_IDENTIFIABLE', 'Aanwijsbaar slachtoffer: een locatieverbod met politieopvolging kan het slachtoffer beschermen',
 'CASE_PROFILE', '{"profileField":"victimIdentifiable"}', 30),
('NIGHT_TIME', 'Delicten in de avond of nacht: een locatiegebod (avondklok) met EM kan dit begrenzen',
 'CASE_PROFILE', '{"profileField":"nightTime","keywords":["''s nachts","nachtelijk","uitgaansgeweld"]}', 40),
('AREA_BOUND', 'Gebiedsgebonden delicten: een locatieverbod voor dat gebied met EM kan herhaling voorkomen',
 'CASE_PROFILE', '{"profileField":"areaBound","keywords":["uitgaansgebied","winkelgebied","winkelcentrum","stadion"]}', 50);

-- The advisor's recorded consideration of EM on a regular advice order, with the signals seen then.
CREATE TABLE advice_em_considerations (
  order_id uuid PRIMARY KEY REFERENCES orders ON DELETE CASCADE,
  signals jsonb NOT NULL DEFAULT '[]',
  em_advised boolean NOT NULL,
  reason text CHECK (reason IS NULL OR length(reason) <= 5000),
  decided_by uuid NOT NULL REFERENCES users,
  decided_at timestamptz NOT NULL DEFAULT now()
);

GRANT SELECT ON em_signal_rules TO regie_app;
GRANT SELECT, INSERT, UPDATE ON em_advices, advice_em_considerations TO regie_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON em_advice_zones TO regie_app;

ALTER TABLE em_advices ENABLE ROW LEVEL SECURITY;
CREATE POLICY em_advices_read ON em_advices FOR SELECT USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY em_advices_write ON em_advices FOR ALL USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)));

ALTER TABLE em_advice_zones ENABLE ROW LEVEL SECURITY;
CREATE POLICY em_advice_zones_read ON em_advice_zones FOR SELECT USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY em_advice_zones_write ON em_advice_zones FOR ALL USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)));

ALTER TABLE advice_em_considerations ENABLE ROW LEVEL SECURITY;
CREATE POLICY advice_em_considerations_read ON advice_em_considerations FOR SELECT USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY advice_em_considerations_write ON advice_em_considerations FOR ALL USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)));
