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
