-- The list's Tag filter offers the tags the organization's collaborations use. Reading them from the
-- collaborations (unnest, distinct) reads every collaboration of the organization on each list load; this
-- table keeps, per organization and tag, how many collaborations carry it, so the choices are one index
-- range. Statement triggers keep it whatever writes the collaborations (the aggregate, batch changes, SQL):
-- one aggregate per statement, never work per row. A tag nothing uses any more stays at 0 and is not
-- offered: no delete can race an insert of the same tag.
CREATE TABLE collaboration_tag_names (
    organization_id UUID NOT NULL,
    tag             TEXT NOT NULL,
    uses            INT  NOT NULL,
    PRIMARY KEY (organization_id, tag)
);

-- Adds each tag's change of uses. In key order, so two statements counting the same tags lock them in the
-- same order; ON CONFLICT lets two transactions that bring in the same new tag both succeed.
CREATE FUNCTION collaboration_tag_names_count() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO collaboration_tag_names AS counted (organization_id, tag, uses)
        SELECT organization_id, tag, count(*) FROM new_rows, unnest(tags) tag
        WHERE tag IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (organization_id, tag) DO UPDATE SET uses = counted.uses + excluded.uses;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO collaboration_tag_names AS counted (organization_id, tag, uses)
        SELECT organization_id, tag, -count(*) FROM old_rows, unnest(tags) tag
        WHERE tag IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
        ON CONFLICT (organization_id, tag) DO UPDATE SET uses = counted.uses + excluded.uses;
    ELSIF TG_OP = 'TRUNCATE' THEN
        DELETE FROM collaboration_tag_names;
    ELSE
        -- Every update of a collaboration comes here (a trigger with transition tables cannot name
        -- columns): only the rows whose tags changed count.
        INSERT INTO collaboration_tag_names AS counted (organization_id, tag, uses)
        SELECT organization_id, tag, sum(change) FROM (
            SELECT o.organization_id AS old_org, o.tags AS old_tags, n.organization_id AS new_org, n.tags AS new_tags
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.tags IS DISTINCT FROM n.tags OR o.organization_id <> n.organization_id) changed,
            LATERAL (SELECT new_org, tag, 1 FROM unnest(new_tags) tag
                     UNION ALL SELECT old_org, tag, -1 FROM unnest(old_tags) tag) counts (organization_id, tag, change)
        WHERE tag IS NOT NULL GROUP BY 1, 2 HAVING sum(change) <> 0 ORDER BY 1, 2
        ON CONFLICT (organization_id, tag) DO UPDATE SET uses = counted.uses + excluded.uses;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER collaborations_tags_inserted AFTER INSERT ON collaborations
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION collaboration_tag_names_count();
CREATE TRIGGER collaborations_tags_updated AFTER UPDATE ON collaborations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION collaboration_tag_names_count();
CREATE TRIGGER collaborations_tags_deleted AFTER DELETE ON collaborations
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION collaboration_tag_names_count();
CREATE TRIGGER collaborations_tags_truncated AFTER TRUNCATE ON collaborations
    FOR EACH STATEMENT EXECUTE FUNCTION collaboration_tag_names_count();

-- After the triggers: creating them locks out writers, so no collaboration is counted twice or missed.
INSERT INTO collaboration_tag_names (organization_id, tag, uses)
SELECT organization_id, tag, count(*) FROM collaborations, unnest(tags) tag WHERE tag IS NOT NULL GROUP BY 1, 2;
