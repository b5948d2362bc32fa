-- Reference schemes: a payer's header, its versioned tariffs and non-payable lists.
CREATE TABLE schemes (
    code                 text PRIMARY KEY,
    name                 text          NOT NULL,
    currency             text          NOT NULL,
    overcharge_tolerance numeric(7, 4) NOT NULL,
    created_at           timestamptz   NOT NULL DEFAULT clock_timestamp(),
    updated_at           timestamptz   NOT NULL DEFAULT clock_timestamp()
);

-- Every import is a new version; the latest one is in force, older ones stay as history.
CREATE TABLE tariff_versions (
    id          bigserial PRIMARY KEY,
    scheme_code text        NOT NULL REFERENCES schemes (code) ON DELETE CASCADE,
    version     integer     NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    row_count   integer     NOT NULL,
    UNIQUE (scheme_code, version)
);

CREATE TABLE tariff_rows (
    version_id     bigint         NOT NULL REFERENCES tariff_versions (id) ON DELETE CASCADE,
    position       integer        NOT NULL,
    code           text           NOT NULL,
    name           text           NOT NULL,
    rate           numeric(12, 2) NOT NULL,
    unit           text,
    category       text           NOT NULL,
    aliases        text[]         NOT NULL DEFAULT '{}',
    region         text,
    effective_from date,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE non_payable_versions (
    id          bigserial PRIMARY KEY,
    scheme_code text        NOT NULL REFERENCES schemes (code) ON DELETE CASCADE,
    version     integer     NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    row_count   integer     NOT NULL,
    UNIQUE (scheme_code, version)
);

CREATE TABLE non_payable_items (
    version_id bigint  NOT NULL REFERENCES non_payable_versions (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    name       text    NOT NULL,
    category   text,
    reason     text,
    aliases    text[]  NOT NULL DEFAULT '{}',
    PRIMARY KEY (version_id, position)
);

-- API keys: only the SHA-256 of the secret is kept.
CREATE TABLE api_keys (
    id         text PRIMARY KEY,
    name       text        NOT NULL,
    key_hash   text        NOT NULL UNIQUE,
    admin      boolean     NOT NULL,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    revoked    boolean     NOT NULL DEFAULT false
);

-- Analyses double as the work queue (status + lease). The report is the whole result as JSON;
-- verdict, document type and the money columns are copied out of it for filters and stats.
CREATE TABLE analyses (
    id              uuid PRIMARY KEY,
    owner_key_id    text,
    status          text           NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
    reference       text,
    scheme          text           NOT NULL,
    region          text,
    currency        text           NOT NULL,
    idempotency_key text,
    created_at      timestamptz    NOT NULL DEFAULT clock_timestamp(),
    started_at      timestamptz,
    completed_at    timestamptz,
    attempts        integer        NOT NULL DEFAULT 0,
    lease_owner     text,
    lease_until     timestamptz,
    error_code      text,
    error_message   text,
    verdict         text,
    document_type   text,
    billed          numeric(14, 2),
    recoverable     numeric(14, 2),
    report          jsonb
);

-- One analysis per (owner, Idempotency-Key); the master key / open mode owns as ''.
CREATE UNIQUE INDEX analyses_idempotency ON analyses ((coalesce(owner_key_id, '')), idempotency_key)
    WHERE idempotency_key IS NOT NULL;
-- The list route: newest first with a (created_at, id) keyset, for everyone or one owner.
CREATE INDEX analyses_newest ON analyses (created_at DESC, id DESC);
CREATE INDEX analyses_owner_newest ON analyses (owner_key_id, created_at DESC, id DESC);
-- The queue: runnable rows are queued ones and processing ones whose lease ran out.
CREATE INDEX analyses_queue ON analyses (status, lease_until);

CREATE TABLE documents (
    analysis_id  uuid PRIMARY KEY REFERENCES analyses (id) ON DELETE CASCADE,
    file_name    text,
    content_type text   NOT NULL,
    size_bytes   bigint NOT NULL,
    sha256       text   NOT NULL,
    content      bytea  NOT NULL
);
