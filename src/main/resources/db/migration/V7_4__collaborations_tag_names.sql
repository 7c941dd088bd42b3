-- The list's Tag filter offers the tags the organization's collaborations use. Reading them from the
-- collaborations (unnest, distinct) reads every collaboration of the organization on each list load; this
-- table keeps, per organization and tag, how many collaborations carry it, so the choices are one index
-- range. Triggers keep it whatever writes the collaborations (the aggregate, batch changes, SQL), applying
-- each transaction's changes at its commit (V1_2). A tag nothing uses any more stays at 0 and is not
-- offered: no delete can race an insert of the same tag.
CREATE TABLE collaboration_tag_names (
    organization_id UUID NOT NULL,
    tag             TEXT NOT NULL,
    uses            INT  NOT NULL,
    PRIMARY KEY (organization_id, tag)
);

CALL keep_tag_counts('collaborations', 'collaboration_tag_names');

-- After the triggers: creating them locks out writers, so no collaboration is counted twice or missed.
INSERT INTO collaboration_tag_names (organization_id, tag, uses)
SELECT organization_id, tag, count(*) FROM collaborations, unnest(tags) tag WHERE tag IS NOT NULL GROUP BY 1, 2;
