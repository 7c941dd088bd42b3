package com.creatordesk.creators;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads many creators straight into the tables (SQL, seconds instead of minutes), with the same derived
 * columns the aggregate keeps: total followers, engagement, primary email, lower-case search text.
 */
final class BenchmarkPool {

    private BenchmarkPool() {
    }

    static void load(JdbcTemplate jdbc, UUID organization, int count) {
        String data = """
                select i, md5(?::text || i)::uuid as id,
                  (array['Anna','Maria','Lena','John','Lucas','Sofia','Mia','Noah','Emma','Liam','Olivia','Ava','Elena','Marco',
                         'Yuki','Aiko','Priya','Ravi','Chloe','Hugo','Ines','Diego','Carmen','Jonas','Freya','Oskar','Nina','Ivan',
                         'Leila','Omar','Zoe','Max','Ben','Lea','Tom','Ana','Luis','Sara','Kofi','Amara'])[1 + i % 40] as first,
                  (array['Smith','Garcia','Müller','Rossi','Kim','Tanaka','Patel','Dubois','Novak','Silva','Jensen','Cohen',
                         'Okafor','Nguyen','Costa','Berg','Lopez','Martin','Schmidt','Brown','Wilson','Khan','Ali','Park','Chen',
                         'Ivanova','Larsen','Moreau','Bianchi','Haddad','Mensah','Diallo','Sato','Suzuki','Fischer','Weber',
                         'Keller','Rahman','Santos','Oliveira','Hughes','Walsh','Murphy','Kelly','Byrne','Ryan','Quinn','Boyle',
                         'Doyle','Nolan'])[1 + (i / 40) % 50] as last,
                  (array['INSTAGRAM','TIKTOK','YOUTUBE','X','TWITCH'])[1 + i % 5] as platform,
                  (array['DE','FR','IT','US','GB','ES','BR','JP','IN','SE'])[1 + i % 10] as country,
                  case when i % 4 = 0 then null else ((i * 7919) % 2000000)::bigint end as followers,
                  case when i % 3 = 0 then null else ((i * 31) % 1500) / 100.0 end as engagement,
                  case when i % 6 = 0 then array['vip'] when i % 6 = 1 then array['beauty','travel'] else '{}'::text[] end as tags
                from generate_series(1, ?) i""";
        String handle = "lower(first) || '.' || lower(last) || i";
        String email = "case when i % 5 = 0 then null else lower(first) || '.' || lower(last) || i || '@example.com' end";
        jdbc.update("insert into creators (id, organization_id, display_name, country, tags, primary_email, followers, "
                + "engagement_rate, search_text, created_at, updated_at) select id, ?, first || ' ' || last, country, tags, "
                + email + ", followers, engagement, lower(first || ' ' || last || ' ' || " + handle + " || coalesce(' ' || " + email
                + ", '')), now() - i * interval '1 second', now() from (" + data + ") d", organization, organization, count);
        jdbc.update("insert into creator_handles (id, organization_id, creator_id, platform, handle, profile_url, followers, "
                + "engagement_rate, position) select md5('h' || id::text)::uuid, ?, id, platform, " + handle
                + ", 'https://example.com/' || " + handle + ", followers, engagement, 0 from (" + data + ") d", organization,
                organization, count);
        jdbc.update("insert into creator_emails (id, organization_id, creator_id, address, is_primary, position) "
                + "select md5('e' || id::text)::uuid, ?, id, " + email + ", true, 0 from (" + data + ") d where i % 5 <> 0",
                organization, organization, count);
        jdbc.execute("analyze creators");
        jdbc.execute("analyze creator_handles");
        jdbc.execute("analyze creator_emails");
    }
}
