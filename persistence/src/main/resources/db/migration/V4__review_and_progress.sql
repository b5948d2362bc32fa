-- Contract 1.1. review_needed is copied out of the report when an analysis completes, so the list
-- filter ?review=needed is a column test, not a jsonb walk over every report; older reports carry
-- no review and need none. progress_* is where a running analysis is, written by the worker that
-- holds it (at most once a second per analysis) so that every replica answers the same.
ALTER TABLE analyses
    ADD COLUMN review_needed       boolean NOT NULL DEFAULT false,
    ADD COLUMN progress_stage      text,
    ADD COLUMN progress_pages_done integer,
    ADD COLUMN progress_pages      integer;

UPDATE analyses SET review_needed = true
WHERE report IS NOT NULL AND jsonb_array_length(coalesce(report -> 'review' -> 'reasons', '[]'::jsonb)) > 0;

-- The review queue of a dashboard: newest first among the few that need a person.
CREATE INDEX analyses_review_newest ON analyses (created_at DESC, id DESC) WHERE review_needed;
