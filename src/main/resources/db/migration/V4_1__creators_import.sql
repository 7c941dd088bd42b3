-- Module creators: CSV imports as background jobs that survive restarts (the upload is kept in the database).

CREATE TABLE creator_imports (
    id              UUID PRIMARY KEY,
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    created_by      UUID                     NOT NULL,
    file_name       VARCHAR(255)             NOT NULL,
    -- The file's bytes are valid UTF-8; when not, the member chooses Windows-1252 or ISO-8859-1.
    valid_utf8      BOOLEAN                  NOT NULL,
    encoding        VARCHAR(20)              NOT NULL,
    total_rows      INT                      NOT NULL,
    -- What each column is imported as (see ImportField), by position; empty until the member maps them.
    column_fields   TEXT[]                   NOT NULL DEFAULT '{}',
    duplicates      VARCHAR(8)               NOT NULL DEFAULT 'SKIP' CHECK (duplicates IN ('SKIP', 'UPDATE')),
    status          VARCHAR(16)              NOT NULL CHECK (status IN ('UPLOADED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    -- Rows handled so far; written in the same transaction as those rows, so a resumed job starts exactly here.
    processed_rows  INT                      NOT NULL DEFAULT 0,
    created_count   INT                      NOT NULL DEFAULT 0,
    updated_count   INT                      NOT NULL DEFAULT 0,
    skipped_count   INT                      NOT NULL DEFAULT 0,
    error_count     INT                      NOT NULL DEFAULT 0,
    failure         VARCHAR(500),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    queued_at       TIMESTAMP WITH TIME ZONE,
    heartbeat_at    TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX creator_imports_organization_idx ON creator_imports (organization_id, created_at);
CREATE INDEX creator_imports_open_idx ON creator_imports (status) WHERE status IN ('QUEUED', 'RUNNING');

CREATE TABLE creator_import_files (
    import_id       UUID PRIMARY KEY REFERENCES creator_imports (id) ON DELETE CASCADE,
    organization_id UUID  NOT NULL REFERENCES organizations (id),
    content         BYTEA NOT NULL
);

-- Rows that were not imported, with why and what they said, for the downloadable error report.
CREATE TABLE creator_import_errors (
    import_id       UUID         NOT NULL REFERENCES creator_imports (id) ON DELETE CASCADE,
    row_number      INT          NOT NULL,
    organization_id UUID         NOT NULL REFERENCES organizations (id),
    message         VARCHAR(500) NOT NULL,
    cells           TEXT[]       NOT NULL,
    PRIMARY KEY (import_id, row_number)
);
