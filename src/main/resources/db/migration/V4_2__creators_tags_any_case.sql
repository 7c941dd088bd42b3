-- The Tag filter ignores case: it searches the lowercased tags.
DROP INDEX creators_tags_idx;
CREATE INDEX creators_tags_idx ON creators USING gin (lower_tags(tags));
