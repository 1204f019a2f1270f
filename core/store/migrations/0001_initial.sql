-- CertDesk schema, version 1.
-- Secrets never live here: columns ending in _ref name an entry in the OS keychain
-- ("certdesk/<kind>/<id>"), and private_key_envelope is AES-256-GCM ciphertext whose
-- data key is itself in the keychain. Times are ISO 8601 UTC text.

CREATE TABLE ca_accounts (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    directory_url   TEXT NOT NULL,
    email           TEXT,
    account_url     TEXT,
    key_algorithm   TEXT NOT NULL CHECK (key_algorithm IN ('ES256', 'ES384', 'RS256')),
    key_ref         TEXT NOT NULL,
    eab_kid         TEXT,
    eab_hmac_ref    TEXT,
    ca_bundle_path  TEXT,
    tos_agreed_at   TEXT,
    status          TEXT NOT NULL DEFAULT 'new',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE UNIQUE INDEX ca_accounts_directory_email ON ca_accounts (directory_url, email);

CREATE TABLE dns_providers (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    settings    TEXT NOT NULL DEFAULT '{}',
    secret_ref  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE delegation_zone (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    zone         TEXT NOT NULL,
    provider_id  INTEGER NOT NULL REFERENCES dns_providers (id) ON DELETE RESTRICT,
    updated_at   TEXT NOT NULL
);

CREATE TABLE endpoints (
    id               INTEGER PRIMARY KEY,
    title            TEXT NOT NULL DEFAULT '',
    exposure         TEXT NOT NULL DEFAULT 'internal' CHECK (exposure IN ('internal', 'external')),
    target_host      TEXT,
    challenge_type   TEXT NOT NULL DEFAULT 'dns-01' CHECK (challenge_type IN ('dns-01', 'http-01', 'tls-alpn-01')),
    key_type         TEXT NOT NULL DEFAULT 'ec-p256',
    account_id       INTEGER REFERENCES ca_accounts (id) ON DELETE SET NULL,
    solver_settings  TEXT NOT NULL DEFAULT '{}',
    deploy_settings  TEXT NOT NULL DEFAULT '{}',
    status           TEXT NOT NULL DEFAULT 'new',
    next_renewal_at  TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE endpoint_names (
    id                INTEGER PRIMARY KEY,
    endpoint_id       INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    name              TEXT NOT NULL,
    delegation_label  TEXT,
    UNIQUE (endpoint_id, name)
);

CREATE INDEX endpoint_names_name ON endpoint_names (name);

CREATE TABLE managed_challenges (
    id              INTEGER PRIMARY KEY,
    title           TEXT NOT NULL,
    challenge_type  TEXT NOT NULL DEFAULT 'dns-01',
    provider_id     INTEGER NOT NULL REFERENCES dns_providers (id) ON DELETE RESTRICT,
    match_rule      TEXT NOT NULL DEFAULT '',
    tags            TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE api_tokens (
    id                INTEGER PRIMARY KEY,
    client_id         TEXT NOT NULL UNIQUE,
    consumer          TEXT NOT NULL,
    secret_hash       BLOB NOT NULL,
    roles             TEXT NOT NULL,
    scope_challenges  TEXT NOT NULL DEFAULT '',
    scope_tags        TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    expires_at        TEXT,
    revoked_at        TEXT,
    last_used_at      TEXT
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    endpoint_id  INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
    account_id   INTEGER REFERENCES ca_accounts (id) ON DELETE SET NULL,
    order_url    TEXT,
    state        TEXT NOT NULL,
    replaces     TEXT,
    problem      TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    finished_at  TEXT
);

-- At most one unfinished order per endpoint: the database itself refuses a second one.
CREATE UNIQUE INDEX orders_one_active_per_endpoint ON orders (endpoint_id) WHERE finished_at IS NULL;

CREATE TABLE certificates (
    id                    INTEGER PRIMARY KEY,
    endpoint_id           INTEGER NOT NULL REFERENCES endpoints (id) ON DELETE CASCADE,
    order_id              INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    serial                TEXT NOT NULL,
    issuer                TEXT NOT NULL DEFAULT '',
    subject_names         TEXT NOT NULL,
    not_before            TEXT NOT NULL,
    not_after             TEXT NOT NULL,
    key_type              TEXT NOT NULL,
    fingerprint_sha256    TEXT NOT NULL,
    chain_pem             TEXT NOT NULL,
    private_key_envelope  BLOB,
    ari_cert_id           TEXT,
    renewal_window_start  TEXT,
    renewal_window_end    TEXT,
    revoked_at            TEXT,
    created_at            TEXT NOT NULL
);

CREATE INDEX certificates_endpoint ON certificates (endpoint_id, not_after);

CREATE TABLE activity_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    severity     TEXT NOT NULL CHECK (severity IN ('debug', 'info', 'warning', 'error')),
    endpoint_id  INTEGER REFERENCES endpoints (id) ON DELETE SET NULL,
    area         TEXT NOT NULL,
    message      TEXT NOT NULL,
    detail       TEXT
);

CREATE INDEX activity_log_at ON activity_log (at);
CREATE INDEX activity_log_endpoint ON activity_log (endpoint_id, at);
