-- Audit log: append-only and hash-chained. Each entry's hash covers its own fields and the previous entry's
-- hash, so a changed, removed or inserted entry breaks the chain; `audit_head` holds the latest seq and hash
-- so that removing the newest entries is detected too. The application role can only append through
-- audit_append() and read through row-level security; it has no UPDATE, DELETE or TRUNCATE.

CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_username text NOT NULL,
  on_behalf_of text,
  organisation_code text,
  client_id uuid,
  action text NOT NULL,
  resource text NOT NULL,
  reason text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_client_idx ON audit_log (client_id, seq) WHERE client_id IS NOT NULL;
CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, seq);

CREATE TABLE audit_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq bigint NOT NULL,
  hash text NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64));

-- The canonical form is a JSON array of the fields, so no separator inside a field can make two different
-- entries hash alike. Timestamps are written in UTC with microseconds, exactly as stored.
CREATE FUNCTION audit_entry_hash(
  prev_hash text, seq bigint, at timestamptz, actor_id uuid, actor_username text, on_behalf_of text,
  organisation_code text, client_id uuid, action text, resource text, reason text, details jsonb
) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev_hash, seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_id, actor_username,
    on_behalf_of, organisation_code, client_id, action, resource, reason, details)::text, 'UTF8')), 'hex')
$$;

-- Appends one entry. The acting user comes from the transaction's `app.user_id` when set, so a caller
-- cannot write entries in another user's name; the row lock on audit_head serialises appends.
CREATE FUNCTION audit_append(
  p_actor_username text, p_on_behalf_of text, p_client_id uuid, p_action text, p_resource text,
  p_reason text, p_details jsonb
) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_head audit_head;
  v_seq bigint;
  v_at timestamptz := date_trunc('microseconds', clock_timestamp());
  v_actor uuid := app_user_id();
  v_username text := p_actor_username;
  v_org text;
  v_hash text;
BEGIN
  IF v_actor IS NOT NULL THEN
    SELECT username, organisation_code INTO v_username, v_org FROM users WHERE id = v_actor;
  END IF;
  IF v_username IS NULL THEN
    RAISE EXCEPTION 'audit entry without an actor';
  END IF;
  SELECT * INTO v_head FROM audit_head WHERE id FOR UPDATE;
  v_seq := v_head.seq + 1;
  v_hash := audit_entry_hash(v_head.hash, v_seq, v_at, v_actor, v_username, p_on_behalf_of, v_org,
    p_client_id, p_action, p_resource, p_reason, coalesce(p_details, '{}'::jsonb));
  INSERT INTO audit_log VALUES (v_seq, v_at, v_actor, v_username, p_on_behalf_of, v_org, p_client_id,
    p_action, p_resource, p_reason, coalesce(p_details, '{}'::jsonb), v_head.hash, v_hash);
  UPDATE audit_head SET seq = v_seq, hash = v_hash WHERE id;
  RETURN v_seq;
END $$;

-- Even the owner gets an error on a plain UPDATE or DELETE; tampering needs deliberate steps, which the
-- chain then shows.
CREATE FUNCTION audit_log_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_immutable();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_immutable();

REVOKE ALL ON audit_log, audit_head FROM regie_app;
GRANT SELECT ON audit_log TO regie_app;
GRANT EXECUTE ON FUNCTION audit_append(text, text, uuid, text, text, text, jsonb) TO regie_app;

-- Who may read which entries: a client's accesses are visible to whoever may read that client (the client's
-- right to know who looked, exercised through their worker or the auditor); one's own entries always.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_read ON audit_log FOR SELECT USING (
  actor_id = (SELECT app_user_id())
  OR (client_id IS NOT NULL AND EXISTS (SELECT 1 FROM clients c WHERE c.id = client_id)));
