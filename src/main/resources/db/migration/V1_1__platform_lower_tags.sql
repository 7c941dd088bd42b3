-- Tag filters match whatever the case ("vip" finds "VIP"), as adding and removing tags already do: a list's
-- tags lowercased, for expression indexes. One function per array type the modules store tags in.
CREATE FUNCTION lower_tags(tags TEXT[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(lower(tag)), '{}') FROM unnest(tags) tag $$;

CREATE FUNCTION lower_tags(tags VARCHAR[]) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT coalesce(array_agg(lower(tag)), '{}') FROM unnest(tags) tag $$;
