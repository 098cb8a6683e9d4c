-- Case core: clients, orders, special conditions, journal. Every table here holds personal data and has
-- row-level security: a user sees and changes only rows of their own organisation (or, for the intake point,
-- nationally). Child tables inherit visibility from their client or order through EXISTS, so a row can never
-- be visible while its parent is not.

CREATE TABLE clients (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_code text REFERENCES organisations,
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  birth_date date NOT NULL,
  bsn text CHECK (bsn ~ '^[0-9]{9}$'),
  phone text,
  risk_flags text[] NOT NULL DEFAULT '{}',
  -- Earlier involvement of a probation organisation: [{ organisation, year, kind }]; intake rules read it.
  earlier_involvement jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users
);
CREATE INDEX clients_org_idx ON clients (organisation_code);
CREATE INDEX clients_name_idx ON clients (lower(family_name), lower(given_name));

CREATE TABLE client_addresses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES clients ON DELETE CASCADE,
  street text NOT NULL,
  house_number text NOT NULL,
  postcode text NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
  city text NOT NULL,
  valid_from date NOT NULL,
  valid_to date,
  location geometry(Point, 4326),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX client_addresses_client_idx ON client_addresses (client_id, valid_from DESC);

CREATE TABLE orders (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES clients,
  organisation_code text REFERENCES organisations,
  region_id text REFERENCES regions,
  unit_id text REFERENCES units,
  kind text NOT NULL CHECK (kind IN ('ADVICE', 'EM_ADVICE', 'SUPERVISION', 'COMMUNITY_SERVICE')),
  principal text NOT NULL CHECK (principal IN ('OM', 'COURT', 'DJI', 'CVVI', 'RVDK')),
  legal_framework text NOT NULL,
  offence text,
  received_at timestamptz NOT NULL,
  due_date date NOT NULL,
  urgent boolean NOT NULL DEFAULT false,
  provisional boolean NOT NULL DEFAULT false,
  status text NOT NULL DEFAULT 'RECEIVED'
    CHECK (status IN ('RECEIVED', 'DISTRIBUTED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
  assignee_id uuid REFERENCES users,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users
);
CREATE INDEX orders_client_idx ON orders (client_id);
CREATE INDEX orders_assignee_idx ON orders (assignee_id) WHERE status NOT IN ('COMPLETED', 'CANCELLED');
CREATE INDEX orders_org_idx ON orders (organisation_code, status);

CREATE TABLE order_status_history (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id uuid NOT NULL REFERENCES orders ON DELETE CASCADE,
  status text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  by_user uuid REFERENCES users,
  note text
);
CREATE INDEX order_status_history_order_idx ON order_status_history (order_id, at);

-- The special-conditions catalogue is reference data, no personal data. `parameters` is a JSON Schema of
-- what an imposed condition carries (time windows, zones, persons, thresholds); `monitoring` names the
-- monitoring rules the condition needs, so rules can be derived from conditions, never typed in.
CREATE TABLE condition_types (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z_]+$'),
  name_nl text NOT NULL,
  description_nl text NOT NULL,
  parameters jsonb NOT NULL,
  monitoring jsonb NOT NULL DEFAULT '[]',
  em_relevant boolean NOT NULL DEFAULT false,
  sort_order int NOT NULL DEFAULT 100
);

CREATE TABLE order_conditions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  order_id uuid NOT NULL REFERENCES orders ON DELETE CASCADE,
  type_code text NOT NULL REFERENCES condition_types,
  parameters jsonb NOT NULL DEFAULT '{}',
  starts_on date,
  ends_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX order_conditions_order_idx ON order_conditions (order_id);

-- Zones of a condition, stored in RD New (EPSG:28992) so that distances and buffers are in metres.
CREATE TABLE condition_zones (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  condition_id uuid NOT NULL REFERENCES order_conditions ON DELETE CASCADE,
  label text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('exclusion', 'inclusion')),
  geom geometry(Geometry, 28992) NOT NULL,
  -- For circles: the centre and radius as entered; geom then holds the buffered polygon.
  radius_m numeric CHECK (radius_m IS NULL OR radius_m > 0),
  CHECK (ST_IsValid(geom))
);
CREATE INDEX condition_zones_geom_idx ON condition_zones USING gist (geom);

CREATE TABLE journal_entries (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES clients ON DELETE CASCADE,
  order_id uuid REFERENCES orders,
  kind text NOT NULL CHECK (kind IN ('CONTACT_FACE_TO_FACE', 'CONTACT_PHONE', 'HOME_VISIT', 'CONSULTATION',
    'CASE_DISCUSSION', 'NOTE')),
  occurred_at timestamptz NOT NULL,
  author_id uuid NOT NULL REFERENCES users,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 20000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX journal_entries_client_idx ON journal_entries (client_id, occurred_at DESC);

-- Caseload weights per order kind: a coordinator compares the sum of weights with a worker's capacity.
CREATE TABLE caseload_weights (
  kind text PRIMARY KEY,
  weight numeric NOT NULL CHECK (weight > 0)
);
INSERT INTO caseload_weights VALUES ('ADVICE', 1.0), ('EM_ADVICE', 1.5), ('SUPERVISION', 1.0),
  ('COMMUNITY_SERVICE', 0.5);

GRANT SELECT ON condition_types, caseload_weights TO regie_app;
GRANT SELECT, INSERT, UPDATE ON clients, client_addresses, orders, order_conditions, condition_zones,
  journal_entries TO regie_app;
GRANT SELECT, INSERT ON order_status_history TO regie_app;
GRANT DELETE ON order_conditions, condition_zones TO regie_app;

-- Row-level security. The sub-selects make PostgreSQL evaluate the acting user's organisation once per
-- statement (an InitPlan), not once per row.
ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
CREATE POLICY clients_read ON clients FOR SELECT USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) IN ('national', 'national-read'));
CREATE POLICY clients_insert ON clients FOR INSERT WITH CHECK (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');
CREATE POLICY clients_update ON clients FOR UPDATE USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national')
  WITH CHECK (organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');

ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_read ON orders FOR SELECT USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) IN ('national', 'national-read'));
CREATE POLICY orders_insert ON orders FOR INSERT WITH CHECK (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');
CREATE POLICY orders_update ON orders FOR UPDATE USING (
  organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national')
  WITH CHECK (organisation_code = (SELECT app_org()) OR (SELECT app_scope()) = 'national');

-- Children of a client. Reading needs a readable client; writing needs a writable one, which the
-- `can_write_client` check expresses without widening the national-read scope.
CREATE FUNCTION can_write_org(org text) RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT org = app_org() OR app_scope() = 'national' $$;
GRANT EXECUTE ON FUNCTION can_write_org(text) TO regie_app;

ALTER TABLE client_addresses ENABLE ROW LEVEL SECURITY;
CREATE POLICY client_addresses_read ON client_addresses FOR SELECT USING (
  EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id));
CREATE POLICY client_addresses_write ON client_addresses FOR ALL USING (
  EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND can_write_org(c.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND can_write_org(c.organisation_code)));

ALTER TABLE journal_entries ENABLE ROW LEVEL SECURITY;
CREATE POLICY journal_entries_read ON journal_entries FOR SELECT USING (
  EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id));
CREATE POLICY journal_entries_write ON journal_entries FOR ALL USING (
  EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND can_write_org(c.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id AND can_write_org(c.organisation_code)));

-- Children of an order.
ALTER TABLE order_status_history ENABLE ROW LEVEL SECURITY;
CREATE POLICY order_status_history_read ON order_status_history FOR SELECT USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY order_status_history_write ON order_status_history FOR INSERT WITH CHECK (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)));

ALTER TABLE order_conditions ENABLE ROW LEVEL SECURITY;
CREATE POLICY order_conditions_read ON order_conditions FOR SELECT USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id));
CREATE POLICY order_conditions_write ON order_conditions FOR ALL USING (
  EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM orders o WHERE o.id = order_id AND can_write_org(o.organisation_code)));

ALTER TABLE condition_zones ENABLE ROW LEVEL SECURITY;
CREATE POLICY condition_zones_read ON condition_zones FOR SELECT USING (
  EXISTS (SELECT 1 FROM order_conditions oc WHERE oc.id = condition_id));
CREATE POLICY condition_zones_write ON condition_zones FOR ALL USING (
  EXISTS (SELECT 1 FROM order_conditions oc JOIN orders o ON o.id = oc.order_id
          WHERE oc.id = condition_id AND can_write_org(o.organisation_code)))
  WITH CHECK (EXISTS (SELECT 1 FROM order_conditions oc JOIN orders o ON o.id = oc.order_id
          WHERE oc.id = condition_id AND can_write_org(o.organisation_code)));
