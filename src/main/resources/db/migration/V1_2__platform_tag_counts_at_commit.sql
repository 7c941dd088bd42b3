-- Modules keep, per organization and tag, how many of their rows carry the tag (creator_tag_names,
-- collaboration_tag_names: organization_id, tag, uses; primary key (organization_id, tag)), so that a Tag
-- filter's choices are one index range instead of reading every row. Counting as each statement runs would
-- lock a count row from that statement to the commit: two transactions changing tags A then B and B then A
-- would deadlock, which tagging never did. So a statement only notes its changes here, and the commit applies
-- all of the transaction's changes, module by module in name order, each module's in one statement in key
-- order. Count rows are thus locked only at commit and always in one global order: waits cannot form a cycle.
--
-- A module makes its counts table and calls keep_tag_counts (below; see V4_3, V7_4).

-- The changes a transaction has noted and not yet applied. UNLOGGED, as tag_changes_to_apply: a row never
-- outlives its transaction (the commit deletes it, an abort leaves it dead), and a crash, which empties
-- unlogged tables, aborts every transaction that was in progress; so nothing here needs the WAL.
CREATE UNLOGGED TABLE tag_changes (
    txid            BIGINT NOT NULL DEFAULT txid_current(),
    counted_in      TEXT   NOT NULL,
    organization_id UUID   NOT NULL,
    tag             TEXT   NOT NULL,
    delta           INT    NOT NULL
);
CREATE INDEX tag_changes_txid_idx ON tag_changes (txid, counted_in);

-- One row per transaction with changes noted, inserted by the first statement that notes one: its deferred
-- triggers apply them at commit, once per transaction rather than once per change (a firing per change would
-- scan all the transaction's deleted changes each time).
CREATE UNLOGGED TABLE tag_changes_to_apply (
    txid BIGINT PRIMARY KEY DEFAULT txid_current()
);

-- Notes one statement's changes, one row per counts table, organization and tag: one aggregate per
-- statement, never work per row; it locks nothing another transaction could wait for.
CREATE FUNCTION tag_changes_note() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    counts_table CONSTANT TEXT := TG_ARGV[0];
    noted BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO tag_changes (counted_in, organization_id, tag, delta)
        SELECT counts_table, organization_id, tag, count(*) FROM new_rows, unnest(tags) tag WHERE tag IS NOT NULL GROUP BY 2, 3;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO tag_changes (counted_in, organization_id, tag, delta)
        SELECT counts_table, organization_id, tag, -count(*) FROM old_rows, unnest(tags) tag WHERE tag IS NOT NULL GROUP BY 2, 3;
    ELSIF TG_OP = 'TRUNCATE' THEN
        -- No other transaction has changes of this table noted: writing it took a lock TRUNCATE waited for.
        DELETE FROM tag_changes WHERE txid = txid_current() AND counted_in = counts_table;
        EXECUTE format('DELETE FROM %I', counts_table);
        RETURN NULL;
    ELSE
        -- Every update of the table comes here (a trigger with transition tables cannot name columns): only
        -- the rows whose tags (or organization) changed count.
        INSERT INTO tag_changes (counted_in, organization_id, tag, delta)
        SELECT counts_table, organization_id, tag, sum(change) FROM (
            SELECT o.organization_id AS old_org, o.tags AS old_tags, n.organization_id AS new_org, n.tags AS new_tags
            FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.tags IS DISTINCT FROM n.tags OR o.organization_id <> n.organization_id) changed,
            LATERAL (SELECT new_org, tag, 1 FROM unnest(new_tags) tag
                     UNION ALL SELECT old_org, tag, -1 FROM unnest(old_tags) tag) counts (organization_id, tag, change)
        WHERE tag IS NOT NULL GROUP BY 2, 3 HAVING sum(change) <> 0;
    END IF;
    GET DIAGNOSTICS noted = ROW_COUNT;
    IF noted > 0 THEN
        INSERT INTO tag_changes_to_apply DEFAULT VALUES ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- Makes the table counted (which has id, organization_id and tags, an array of text) note its changes for
-- counts, and the commit apply them: <counts>_apply() deletes the transaction's row of tag_changes_to_apply
-- and applies its changes to counts summed per organization and tag, in one statement in key order (the
-- insert locks each row in the order the ORDER BY yields them); ON CONFLICT lets two transactions that bring
-- in the same new tag both succeed. The deferred triggers on one row of tag_changes_to_apply fire in the
-- order of their names, so every commit locks collaboration_tag_names before creator_tag_names. Each counts
-- table has a function of its own so that the statement is planned once per session: one shared function
-- would run it through EXECUTE, planned at each commit (+0.15 ms a tagging transaction).
CREATE PROCEDURE keep_tag_counts(counted TEXT, counts TEXT)
    LANGUAGE plpgsql
    AS $procedure$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION tag_changes_note(%L)', counted || '_tags_inserted', counted, counts);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION tag_changes_note(%L)', counted || '_tags_updated', counted, counts);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION tag_changes_note(%L)', counted || '_tags_deleted', counted, counts);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
        'FOR EACH STATEMENT EXECUTE FUNCTION tag_changes_note(%L)', counted || '_tags_truncated', counted, counts);
    EXECUTE format($apply$
        CREATE FUNCTION %1$I() RETURNS trigger
            LANGUAGE plpgsql
            AS $$
        BEGIN
            DELETE FROM tag_changes_to_apply WHERE txid = NEW.txid;
            WITH mine AS (DELETE FROM tag_changes WHERE txid = NEW.txid AND counted_in = %2$L
                          RETURNING organization_id, tag, delta)
            INSERT INTO %2$I AS counted (organization_id, tag, uses)
            SELECT organization_id, tag, sum(delta) FROM mine GROUP BY 1, 2 HAVING sum(delta) <> 0 ORDER BY 1, 2
            ON CONFLICT (organization_id, tag) DO UPDATE SET uses = counted.uses + excluded.uses;
            RETURN NULL;
        END
        $$$apply$, counts || '_apply', counts);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %1$I AFTER INSERT ON tag_changes_to_apply '
        'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION %1$I()', counts || '_apply');
END
$procedure$;
