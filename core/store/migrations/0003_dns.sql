-- CertDesk schema, version 3: DNS checks and their settings.
-- The DNS provider credentials stay in the OS keychain (dns_providers.secret_ref); nothing here
-- is secret.

-- Settings the background worker needs as much as the window: which recursive resolvers to ask,
-- which port authoritative servers listen on, the CA's CAA identities, how often to re-check.
-- One row per setting; values are JSON text.
CREATE TABLE dns_settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- The last live check of each required record, so the watcher can tell "was OK, now broken"
-- (and "was missing, now there") across restarts, and the UI can show when it last looked.
CREATE TABLE record_checks (
    endpoint_id  INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
    owner        TEXT NOT NULL,
    type         TEXT NOT NULL,
    expected     TEXT NOT NULL,
    status       TEXT NOT NULL,
    evidence     TEXT NOT NULL DEFAULT '',
    checked_at   TEXT NOT NULL,
    changed_at   TEXT NOT NULL,
    PRIMARY KEY (endpoint_id, owner, type)
);
