-- Keys for real use. A key belongs to an account, so a rotated key keeps the account's analyses:
-- analyses.owner_key_id holds the account id, which for every existing key is its own id (the
-- first key of an account names it). Keys may expire; revocation is dated; a key may have its own
-- request budget (else the configured default applies).
ALTER TABLE api_keys
    ADD COLUMN account_id          text,
    ADD COLUMN expires_at          timestamptz,
    ADD COLUMN revoked_at          timestamptz,
    ADD COLUMN requests_per_minute integer CHECK (requests_per_minute > 0);

UPDATE api_keys SET account_id = id;
UPDATE api_keys SET revoked_at = created_at WHERE revoked;

ALTER TABLE api_keys ALTER COLUMN account_id SET NOT NULL;

CREATE INDEX api_keys_account ON api_keys (account_id, created_at);

-- Questions asked about an analysis and their answers (drawn from the analysis only), oldest first;
-- they go with the analysis.
CREATE TABLE analysis_questions (
    id          uuid PRIMARY KEY,
    analysis_id uuid        NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    question    text        NOT NULL,
    answer      text        NOT NULL,
    citations   jsonb       NOT NULL,
    mode        text        NOT NULL CHECK (mode IN ('llm', 'rules')),
    created_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX analysis_questions_oldest ON analysis_questions (analysis_id, created_at, id);
