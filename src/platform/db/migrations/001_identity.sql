-- Identity: organisations, their structure, users and roles; the functions that row-level security uses.
CREATE EXTENSION IF NOT EXISTS postgis;

-- The application connects as (or, embedded, switches to) this role. It is neither superuser nor table
-- owner and cannot bypass row-level security. Roles are cluster-wide, so create it only once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'regie_app') THEN
    CREATE ROLE regie_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
  END IF;
END $$;
GRANT USAGE ON SCHEMA public TO regie_app;

CREATE TABLE organisations (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,5}$'),
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('probation', 'intake_point', 'monitoring_centre', 'inspectorate'))
);

CREATE TABLE regions (
  id text PRIMARY KEY,
  organisation_code text NOT NULL REFERENCES organisations,
  name text NOT NULL
);

CREATE TABLE units (
  id text PRIMARY KEY,
  region_id text NOT NULL REFERENCES regions,
  name text NOT NULL
);

CREATE TABLE offices (
  id text PRIMARY KEY,
  unit_id text NOT NULL REFERENCES units,
  name text NOT NULL,
  city text NOT NULL,
  location geometry(Point, 4326)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL,
  organisation_code text NOT NULL REFERENCES organisations,
  unit_id text REFERENCES units,
  roles text[] NOT NULL CHECK (
    cardinality(roles) > 0 AND roles <@ ARRAY['intake_officer', 'em_coordinator', 'em_specialist',
      'probation_advisor', 'supervisor', 'monitoring_operator', 'quality_officer', 'inspector', 'administrator']
  ),
  expertise text[] NOT NULL DEFAULT '{}',
  caseload_capacity numeric NOT NULL DEFAULT 40 CHECK (caseload_capacity >= 0),
  oidc_subject text UNIQUE,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_unit_idx ON users (unit_id);

GRANT SELECT ON organisations, regions, units, offices, users TO regie_app;

-- The acting user is the only thing the application sets per transaction (`app.user_id`). Organisation and
-- scope are looked up here, so a session can never claim one organisation while acting as another user.
CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION app_org() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT organisation_code FROM users WHERE id = app_user_id() AND active $$;

-- 'national': the intake point reads and writes across the 3RO to distribute orders.
-- 'national-read': inspectors read across organisations, every read audited, never write.
-- 'organisation': everyone else, only their own organisation.
CREATE FUNCTION app_scope() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT CASE WHEN 'intake_officer' = ANY (roles) THEN 'national'
               WHEN 'inspector' = ANY (roles) THEN 'national-read'
               ELSE 'organisation' END
   FROM users WHERE id = app_user_id() AND active $$;

GRANT EXECUTE ON FUNCTION app_user_id(), app_org(), app_scope() TO regie_app;
