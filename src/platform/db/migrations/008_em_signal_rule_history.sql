-- EM signal rules configurable by the 3RO functional administrator, with their full history. The rules stay
-- reference data without personal data: everyone signed in reads them; only an active administrator of the
-- intake point (the 3RO functional administrator, as for distribution keys in 005) changes description,
-- parameters or `active`, in their own name, and every change leaves a row in em_signal_rule_changes.

-- Whether the acting user is the 3RO functional administrator: an active administrator of the intake point.
CREATE FUNCTION app_is_3ro_administrator() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT EXISTS (SELECT 1 FROM users u JOIN organisations o ON o.code = u.organisation_code
                   WHERE u.id = app_user_id() AND u.active AND 'administrator' = ANY (u.roles)
                     AND o.kind = 'intake_point') $$;
GRANT EXECUTE ON FUNCTION app_is_3ro_administrator() TO regie_app;

-- The shape of a rule's parameters per kind (the service checks the same and names each bad field):
-- keywords and flags are arrays of non-empty strings; an OFFENCE rule has at least one keyword and no
-- profileField; a CASE_PROFILE rule has one of the known profile fields.
CREATE FUNCTION em_signal_parameters_valid(kind text, p jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(p) IS DISTINCT FROM 'object' THEN false ELSE
         NOT EXISTS (SELECT 1 FROM jsonb_object_keys(p) k WHERE k NOT IN ('keywords', 'flags', 'profileField'))
     AND (SELECT bool_and(CASE WHEN jsonb_typeof(p->f) IS NULL THEN true
                               WHEN jsonb_typeof(p->f) <> 'array' THEN false
                               ELSE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p->f) e
                                                 WHERE jsonb_typeof(e) <> 'string' OR length(trim(e #>> '{}')) = 0)
                          END)
            FROM unnest(ARRAY['keywords', 'flags']) AS f)
     AND CASE kind
           WHEN 'OFFENCE' THEN NOT p ? 'profileField' AND jsonb_array_length(coalesce(p->'keywords', '[]')) > 0
           WHEN 'CASE_PROFILE' THEN p->>'profileField' IN ('victimIdentifiable', 'nightTime', 'areaBound')
           ELSE false
         END
  END
$$;

ALTER TABLE em_signal_rules
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  -- NULL: as set up by the migrations.
  ADD COLUMN updated_by uuid REFERENCES users,
  ADD CONSTRAINT em_signal_rules_description_length CHECK (length(description_nl) BETWEEN 10 AND 300),
  ADD CONSTRAINT em_signal_rules_parameters_valid CHECK (em_signal_parameters_valid(kind, parameters));

-- Append-only: one row per change, with the rule's description, parameters and active before and after.
CREATE TABLE em_signal_rule_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rule_id text NOT NULL REFERENCES em_signal_rules,
  -- { descriptionNl, parameters, active }
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  changed_by uuid NOT NULL REFERENCES users,
  changed_at timestamptz NOT NULL DEFAULT now(),
  reason text NOT NULL CHECK (length(reason) BETWEEN 5 AND 1000)
);
CREATE INDEX em_signal_rule_changes_rule_idx ON em_signal_rule_changes (rule_id, changed_at DESC, id DESC);

-- The application may change only what an administrator may change (not id, kind or order), and never
-- delete a rule or rewrite its history.
GRANT UPDATE (description_nl, parameters, active, updated_at, updated_by) ON em_signal_rules TO regie_app;
GRANT SELECT, INSERT ON em_signal_rule_changes TO regie_app;

ALTER TABLE em_signal_rules ENABLE ROW LEVEL SECURITY;
CREATE POLICY em_signal_rules_read ON em_signal_rules FOR SELECT USING (true);
CREATE POLICY em_signal_rules_update ON em_signal_rules FOR UPDATE USING ((SELECT app_is_3ro_administrator()))
  WITH CHECK ((SELECT app_is_3ro_administrator()) AND updated_by = (SELECT app_user_id()));

ALTER TABLE em_signal_rule_changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY em_signal_rule_changes_read ON em_signal_rule_changes FOR SELECT USING (true);
CREATE POLICY em_signal_rule_changes_insert ON em_signal_rule_changes FOR INSERT WITH CHECK (
  changed_by = (SELECT app_user_id()) AND (SELECT app_is_3ro_administrator()));
