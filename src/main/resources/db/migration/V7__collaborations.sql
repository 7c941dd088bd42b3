-- Module collaborations: collaborations and their deal terms, the activity history, payments, content
-- deliveries and delivery tracking. organization_id is the tenant; campaign_id and creator_id are ids of
-- other modules' records (no foreign keys into their tables: modules hold each other's ids only).

CREATE TABLE collaborations (
    id                     UUID PRIMARY KEY,
    organization_id        UUID                     NOT NULL,
    campaign_id            UUID                     NOT NULL,
    creator_id             UUID                     NOT NULL,
    status                 VARCHAR(16)              NOT NULL
        CHECK (status IN ('PENDING', 'NEGOTIATING', 'FULFILLING', 'COMPLETED', 'CANCELLED')),
    -- The list's "Status" order follows the lifecycle, not the alphabet.
    status_rank            SMALLINT GENERATED ALWAYS AS (CASE status
        WHEN 'PENDING' THEN 1 WHEN 'NEGOTIATING' THEN 2 WHEN 'FULFILLING' THEN 3
        WHEN 'COMPLETED' THEN 4 ELSE 5 END) STORED,
    -- The active cancellation; cleared when the collaboration is restored (the history keeps it).
    cancellation_reason    VARCHAR(32)
        CHECK (cancellation_reason IN ('CREATOR_DECLINED', 'CREATOR_UNRESPONSIVE', 'BUDGET_CUT',
                                       'CAMPAIGN_CANCELLED', 'OTHER')),
    cancellation_note      VARCHAR(500),
    cost_amount            NUMERIC(14, 2) CHECK (cost_amount >= 0),
    cost_currency          CHAR(3)                  NOT NULL DEFAULT 'USD',
    -- The list's "Cost" order: collaborations without a cost come first (ascending).
    cost_sort              NUMERIC(14, 2) GENERATED ALWAYS AS (COALESCE(cost_amount, -1)) STORED,
    post_count             INT                      NOT NULL DEFAULT 1 CHECK (post_count >= 0),
    tags                   VARCHAR(40)[]            NOT NULL DEFAULT '{}',
    deliverables           JSONB                    NOT NULL DEFAULT '[]',
    fee_amount             NUMERIC(14, 2) CHECK (fee_amount >= 0),
    fee_currency           CHAR(3),
    commission_percent     NUMERIC(5, 2) CHECK (commission_percent >= 0 AND commission_percent <= 100),
    product_name           VARCHAR(200),
    product_value_amount   NUMERIC(14, 2) CHECK (product_value_amount >= 0),
    product_value_currency CHAR(3),
    draft_due              DATE,
    publish_by             DATE,
    milestones             JSONB                    NOT NULL DEFAULT '[]',
    exclusivity            VARCHAR(1000),
    usage_rights           VARCHAR(1000),
    revision_policy        VARCHAR(1000),
    other_terms            VARCHAR(4000),
    email_thread_id        UUID,
    email_thread_label     VARCHAR(300),
    -- A snapshot of the creator (refreshed through the creators facade whenever the collaboration is
    -- written), so the list searches and sorts one table: the creators' tables belong to their module.
    creator_name           VARCHAR(120)             NOT NULL,
    creator_handle         VARCHAR(140),
    creator_search         TEXT                     NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT collaborations_campaign_creator_uq UNIQUE (organization_id, campaign_id, creator_id),
    CONSTRAINT collaborations_cancellation_ck CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
);
-- Keyset paging: every order ends in the id, and each has an index on (organization_id, its keys), so a
-- page deep in the list reads as few rows as the first.
CREATE INDEX collaborations_created_idx ON collaborations (organization_id, created_at, id);
CREATE INDEX collaborations_creator_name_idx ON collaborations (organization_id, lower(creator_name), id);
CREATE INDEX collaborations_status_rank_idx ON collaborations (organization_id, status_rank, lower(creator_name), id);
CREATE INDEX collaborations_cost_idx ON collaborations (organization_id, cost_sort, id);
-- Filters with the default order (newest first).
CREATE INDEX collaborations_status_created_idx ON collaborations (organization_id, status, created_at, id);
CREATE INDEX collaborations_campaign_created_idx ON collaborations (organization_id, campaign_id, created_at, id);
CREATE INDEX collaborations_creator_idx ON collaborations (organization_id, creator_id, created_at, id);
CREATE INDEX collaborations_tags_idx ON collaborations USING gin (tags);
-- Search by any part of the creator's name or handles.
CREATE INDEX collaborations_creator_search_idx ON collaborations USING gin (creator_search gin_trgm_ops);

-- The activity history: one row per event, newest first by seq.
CREATE TABLE collaboration_activities (
    id               UUID PRIMARY KEY,
    seq              BIGINT GENERATED ALWAYS AS IDENTITY,
    organization_id  UUID                     NOT NULL,
    collaboration_id UUID                     NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    kind             VARCHAR(32)              NOT NULL
        CHECK (kind IN ('CREATED', 'STATUS_CHANGED', 'TERMS_CHANGED', 'PAYMENT_MADE', 'CONTENT_DELIVERED',
                        'NOTE_ADDED', 'SHIPMENT_ADDED', 'DELIVERY_STATUS_CHANGED')),
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Who: a member (their name at the time), or a process such as "Inbox sync" or "System".
    actor_member_id  UUID,
    actor_name       VARCHAR(120)             NOT NULL,
    from_status      VARCHAR(16),
    to_status        VARCHAR(16),
    reason           VARCHAR(32),
    reason_note      VARCHAR(500),
    subject          VARCHAR(120),
    before_value     TEXT,
    after_value      TEXT,
    body             TEXT
);
CREATE INDEX collaboration_activities_timeline_idx ON collaboration_activities (collaboration_id, seq);

-- Payments are recorded, not processed.
CREATE TABLE collaboration_payments (
    id               UUID PRIMARY KEY,
    organization_id  UUID                     NOT NULL,
    collaboration_id UUID                     NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    amount           NUMERIC(14, 2)           NOT NULL CHECK (amount > 0),
    currency         CHAR(3)                  NOT NULL,
    paid_on          DATE                     NOT NULL,
    method           VARCHAR(60)              NOT NULL,
    note             VARCHAR(1000),
    recorded_by      UUID,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX collaboration_payments_collaboration_idx ON collaboration_payments (collaboration_id, paid_on);

CREATE TABLE collaboration_content (
    id               UUID PRIMARY KEY,
    organization_id  UUID                     NOT NULL,
    collaboration_id UUID                     NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    url              VARCHAR(2000)            NOT NULL,
    platform         VARCHAR(16)              NOT NULL,
    post_type        VARCHAR(60)              NOT NULL,
    posted_on        DATE                     NOT NULL,
    views            BIGINT CHECK (views >= 0),
    likes            BIGINT CHECK (likes >= 0),
    comments         BIGINT CHECK (comments >= 0),
    recorded_by      UUID,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX collaboration_content_collaboration_idx ON collaboration_content (collaboration_id, posted_on);

-- Delivery tracking of shipped products. tracking_registered: the number is known to the tracking
-- service (17track) and is refreshed on a schedule while not delivered.
CREATE TABLE collaboration_shipments (
    id                  UUID PRIMARY KEY,
    organization_id     UUID                     NOT NULL,
    collaboration_id    UUID                     NOT NULL REFERENCES collaborations (id) ON DELETE CASCADE,
    carrier             VARCHAR(60)              NOT NULL,
    tracking_number     VARCHAR(60)              NOT NULL,
    status              VARCHAR(16)              NOT NULL
        CHECK (status IN ('PENDING', 'IN_TRANSIT', 'DELIVERED', 'EXCEPTION')),
    tracking_registered BOOLEAN                  NOT NULL DEFAULT FALSE,
    tracking_error      VARCHAR(500),
    tracking_checked_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX collaboration_shipments_number_uq ON collaboration_shipments (collaboration_id, upper(tracking_number));
-- The tracking job's work list.
CREATE INDEX collaboration_shipments_open_idx ON collaboration_shipments (organization_id, tracking_checked_at)
    WHERE status <> 'DELIVERED';

CREATE TABLE collaboration_shipment_events (
    id              UUID PRIMARY KEY,
    seq             BIGINT GENERATED ALWAYS AS IDENTITY,
    organization_id UUID                     NOT NULL,
    shipment_id     UUID                     NOT NULL REFERENCES collaboration_shipments (id) ON DELETE CASCADE,
    status          VARCHAR(16)              NOT NULL,
    description     VARCHAR(500),
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_name      VARCHAR(120)             NOT NULL
);
CREATE INDEX collaboration_shipment_events_shipment_idx ON collaboration_shipment_events (shipment_id, seq);
