-- Signing out ends a session on the server, not only in the browser: the session token's id is kept here
-- until the token would have expired anyway. No personal data.
CREATE TABLE revoked_sessions (
  jti text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_sessions_expiry_idx ON revoked_sessions (expires_at);
GRANT SELECT, INSERT, DELETE ON revoked_sessions TO regie_app;
