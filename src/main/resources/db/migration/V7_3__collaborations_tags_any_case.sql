-- The Tag filter ignores case: it searches the lowercased tags.
DROP INDEX collaborations_tags_idx;
CREATE INDEX collaborations_tags_idx ON collaborations USING gin (lower_tags(tags));
