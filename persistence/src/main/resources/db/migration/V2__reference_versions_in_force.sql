-- Reference list versions are in force by date. An imported version applies from its
-- effective_from; a bundled version (seeded from the data shipped with the service) is a
-- placeholder that only applies while no version of that list has been imported.
-- token names one version's content wherever it is cached (Redis is shared by databases and
-- schemas that may reuse a scheme code and version number).
ALTER TABLE tariff_versions
    ADD COLUMN effective_from date,
    ADD COLUMN origin         text NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'bundled')),
    ADD COLUMN token          uuid NOT NULL DEFAULT gen_random_uuid();
UPDATE tariff_versions SET effective_from = (imported_at AT TIME ZONE 'UTC')::date;
ALTER TABLE tariff_versions ALTER COLUMN effective_from SET NOT NULL;

ALTER TABLE non_payable_versions
    ADD COLUMN effective_from date,
    ADD COLUMN origin         text NOT NULL DEFAULT 'import' CHECK (origin IN ('import', 'bundled')),
    ADD COLUMN token          uuid NOT NULL DEFAULT gen_random_uuid();
UPDATE non_payable_versions SET effective_from = (imported_at AT TIME ZONE 'UTC')::date;
ALTER TABLE non_payable_versions ALTER COLUMN effective_from SET NOT NULL;
