-- CertDesk schema, version 2: the management hub.
-- Still no secrets here: api_tokens.secret_hash is HMAC-SHA256 under a pepper key that lives
-- only in the OS keychain, so a copied database cannot be used to test guesses offline.

-- An optional per-token name rule (DomainMatchRule syntax) on top of the managed challenges
-- the token may use; empty means "whatever those challenges match".
ALTER TABLE api_tokens ADD COLUMN name_rule TEXT NOT NULL DEFAULT '';

-- Every hub request, allowed or not: who, what, which name, and why it was decided so.
CREATE TABLE hub_audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    client_id  TEXT NOT NULL DEFAULT '',
    remote     TEXT NOT NULL DEFAULT '',
    api        TEXT NOT NULL,
    action     TEXT NOT NULL,
    name       TEXT NOT NULL DEFAULT '',
    allowed    INTEGER NOT NULL CHECK (allowed IN (0, 1)),
    reason     TEXT NOT NULL DEFAULT ''
);

CREATE INDEX hub_audit_log_at ON hub_audit_log (at);
CREATE INDEX hub_audit_log_client ON hub_audit_log (client_id, at);

-- acme-dns compatible accounts: the acme-dns "username" is a token's client id, and the
-- subdomain is where that client's TXT values live (two rolling values, as acme-dns keeps).
CREATE TABLE hub_acmedns_accounts (
    subdomain     TEXT PRIMARY KEY,
    client_id     TEXT NOT NULL UNIQUE REFERENCES api_tokens (client_id) ON DELETE CASCADE,
    allow_from    TEXT NOT NULL DEFAULT '',
    txt_previous  TEXT NOT NULL DEFAULT '',
    txt_current   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
