-- Module creators: the Creator Pool (profiles, platform handles, emails, tags), enrichment, tracking, favourites.

CREATE TABLE creators (
    id               UUID PRIMARY KEY,
    organization_id  UUID                     NOT NULL REFERENCES organizations (id),
    display_name     VARCHAR(120)             NOT NULL,
    -- True while the display name is only the handle a creator was added with; enrichment may replace it.
    name_from_handle BOOLEAN                  NOT NULL DEFAULT FALSE,
    country          VARCHAR(2),
    language         VARCHAR(3),
    avatar_url       VARCHAR(1000),
    bio              VARCHAR(2000),
    notes            TEXT,
    tags             TEXT[]                   NOT NULL DEFAULT '{}',
    tracked_since    TIMESTAMP WITH TIME ZONE,
    tracking_reason  VARCHAR(200),
    -- Kept by the aggregate from its handles and emails, so the list filters, sorts and searches one table.
    primary_email    VARCHAR(254),
    followers        BIGINT,
    engagement_rate  NUMERIC(5, 2),
    search_text      TEXT                     NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0
);
-- Keyset paging: each sort reads its own index from the cursor on, so page 500 costs what page 1 does.
CREATE INDEX creators_by_name_idx ON creators (organization_id, lower(display_name), id);
CREATE INDEX creators_by_followers_idx ON creators (organization_id, coalesce(followers, -1), id);
CREATE INDEX creators_by_engagement_idx ON creators (organization_id, coalesce(engagement_rate, -1), id);
CREATE INDEX creators_by_created_idx ON creators (organization_id, created_at, id);
CREATE INDEX creators_tracked_idx ON creators (organization_id, tracked_since, id) WHERE tracked_since IS NOT NULL;
-- Search-as-you-type over name, handles and emails (ILIKE '%term%').
CREATE INDEX creators_search_trgm_idx ON creators USING gin (search_text gin_trgm_ops);
CREATE INDEX creators_tags_idx ON creators USING gin (tags);

CREATE TABLE creator_handles (
    id              UUID PRIMARY KEY,
    organization_id UUID          NOT NULL REFERENCES organizations (id),
    creator_id      UUID          NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    platform        VARCHAR(16)   NOT NULL CHECK (platform IN ('INSTAGRAM', 'TIKTOK', 'YOUTUBE', 'X', 'TWITCH',
                                                               'FACEBOOK', 'PINTEREST', 'SNAPCHAT', 'LINKEDIN', 'OTHER')),
    handle          VARCHAR(100)  NOT NULL,
    profile_url     VARCHAR(1000),
    followers       BIGINT CHECK (followers >= 0),
    engagement_rate NUMERIC(5, 2) CHECK (engagement_rate >= 0 AND engagement_rate <= 100),
    position        INT           NOT NULL
);
-- Within an organization a platform + handle belongs to at most one creator, whatever its case.
CREATE UNIQUE INDEX creator_handles_uq ON creator_handles (organization_id, platform, lower(handle));
CREATE INDEX creator_handles_creator_idx ON creator_handles (creator_id);

CREATE TABLE creator_emails (
    id              UUID PRIMARY KEY,
    organization_id UUID         NOT NULL REFERENCES organizations (id),
    creator_id      UUID         NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    address         VARCHAR(254) NOT NULL,
    is_primary      BOOLEAN      NOT NULL,
    position        INT          NOT NULL
);
-- Within an organization an email address belongs to at most one creator, whatever its case.
-- (Exactly one primary address per creator is kept by the aggregate: a partial unique index would trip over
-- the order in which Hibernate flushes a change of primary.)
CREATE UNIQUE INDEX creator_emails_uq ON creator_emails (organization_id, lower(address));
CREATE INDEX creator_emails_creator_idx ON creator_emails (creator_id);

-- A member's star on a creator.
CREATE TABLE creator_favourites (
    member_id       UUID                     NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    creator_id      UUID                     NOT NULL REFERENCES creators (id) ON DELETE CASCADE,
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (member_id, creator_id)
);
CREATE INDEX creator_favourites_creator_idx ON creator_favourites (creator_id);

-- Background enrichment of a creator from their public profile page: one job per creator.
CREATE TABLE creator_enrichments (
    creator_id      UUID PRIMARY KEY REFERENCES creators (id) ON DELETE CASCADE,
    organization_id UUID                     NOT NULL REFERENCES organizations (id),
    platform        VARCHAR(16)              NOT NULL,
    handle          VARCHAR(100)             NOT NULL,
    status          VARCHAR(16)              NOT NULL CHECK (status IN ('PENDING', 'RUNNING', 'DONE', 'FAILED')),
    error           VARCHAR(500),
    attempts        INT                      NOT NULL DEFAULT 0,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX creator_enrichments_open_idx ON creator_enrichments (status, requested_at) WHERE status IN ('PENDING', 'RUNNING');
