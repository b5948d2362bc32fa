-- Questions asked about an analysis and their answers (contract 1.1), deleted with the analysis.
CREATE TABLE analysis_questions (
    id          uuid        PRIMARY KEY,
    analysis_id uuid        NOT NULL REFERENCES analyses (id) ON DELETE CASCADE,
    question    text        NOT NULL,
    answer      text        NOT NULL,
    citations   jsonb       NOT NULL,
    mode        text        NOT NULL CHECK (mode IN ('llm', 'rules')),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX analysis_questions_by_analysis ON analysis_questions (analysis_id, created_at, id);
