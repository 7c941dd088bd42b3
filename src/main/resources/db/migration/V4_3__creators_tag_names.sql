-- The Tag filter offers the tags the organization's creators use. Reading them from the creators (unnest,
-- distinct) cost ~20 ms a page at 50,000 creators; this table keeps, per organization and tag, how many
-- creators carry it, so the choices are one index range. Triggers keep it whatever writes the creators (the
-- aggregate, imports, SQL), applying each transaction's changes at its commit (V1_2). A tag no creator uses
-- any more stays at 0 and is not offered: no delete can race an insert of the same tag.
CREATE TABLE creator_tag_names (
    organization_id UUID NOT NULL REFERENCES organizations (id),
    tag             TEXT NOT NULL,
    uses            INT  NOT NULL,
    PRIMARY KEY (organization_id, tag)
);

CALL keep_tag_counts('creators', 'creator_tag_names');

-- After the triggers: creating them locks out writers, so no creator is counted twice or missed.
INSERT INTO creator_tag_names (organization_id, tag, uses)
SELECT organization_id, tag, count(*) FROM creators, unnest(tags) tag WHERE tag IS NOT NULL GROUP BY 1, 2;
