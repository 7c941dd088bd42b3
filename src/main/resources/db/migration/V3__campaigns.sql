-- Module campaigns: campaigns and their lifecycle. organization_id is the tenant (no foreign key into the
-- identity module's tables: modules hold each other's ids only).

CREATE TABLE campaigns (
    id                   UUID PRIMARY KEY,
    organization_id      UUID                     NOT NULL,
    name                 VARCHAR(120)             NOT NULL,
    description          VARCHAR(2000),
    status               VARCHAR(16)              NOT NULL
        CHECK (status IN ('DRAFT', 'ACTIVE', 'PAUSED', 'COMPLETED', 'CANCELLED')),
    start_date           DATE,
    end_date             DATE,
    budget_amount        NUMERIC(14, 2) CHECK (budget_amount >= 0),
    budget_currency      CHAR(3)                  NOT NULL DEFAULT 'USD',
    attribution_keywords TEXT[]                   NOT NULL DEFAULT '{}',
    created_by           UUID                     NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at         TIMESTAMP WITH TIME ZONE,
    -- The list's "Start date" order: campaigns without a start date come last.
    start_sort           DATE GENERATED ALWAYS AS (COALESCE(start_date, DATE '9999-12-31')) STORED,
    CONSTRAINT campaigns_dates_ck CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- Names are unique within an organization, ignoring case; also serves the list's "Name" order.
CREATE UNIQUE INDEX campaigns_name_uq ON campaigns (organization_id, lower(name));
-- The list's other orders (and the status filter with the name order): keyset paging walks these.
CREATE INDEX campaigns_status_idx ON campaigns (organization_id, status, lower(name));
CREATE INDEX campaigns_start_idx ON campaigns (organization_id, start_sort, lower(name));
CREATE INDEX campaigns_created_idx ON campaigns (organization_id, created_at, id);
-- Search by any part of the name.
CREATE INDEX campaigns_name_trgm_idx ON campaigns USING gin (lower(name) gin_trgm_ops);
