package com.creatordesk.inbox;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Simulated crashes: a trigger that makes the next write of one organization's rows to a table fail, once,
 * rolling back the whole transaction around it (as if the app died there). A sequence counts the firing,
 * because sequences are not rolled back with the transaction.
 */
public final class Faults implements AutoCloseable {

    private final JdbcTemplate jdbc;
    private final String name;
    private final String table;

    private Faults(JdbcTemplate jdbc, String table, UUID organization, String operation, String condition) {
        this.jdbc = jdbc;
        this.table = table;
        this.name = "test_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        jdbc.execute("create sequence " + name);
        jdbc.execute("create function " + name + "() returns trigger language plpgsql as $$ begin "
                + "if NEW.organization_id = '" + organization + "'::uuid and (" + condition + ") and nextval('" + name + "') = 1 then "
                + "raise exception 'simulated crash in " + table + "'; end if; return NEW; end $$");
        jdbc.execute("create trigger " + name + " before " + operation + " on " + table
                + " for each row execute function " + name + "()");
    }

    /** The next insert (or update) of the organization's rows in {@code table} fails, once. */
    public static Faults failOnce(JdbcTemplate jdbc, String table, UUID organization, String operation) {
        return new Faults(jdbc, table, organization, operation, "true");
    }

    /** Like {@link #failOnce(JdbcTemplate, String, UUID, String)}, only for rows matching an SQL condition on NEW/OLD. */
    public static Faults failOnce(JdbcTemplate jdbc, String table, UUID organization, String operation, String condition) {
        return new Faults(jdbc, table, organization, operation, condition);
    }

    public boolean fired() {
        return jdbc.queryForObject("select is_called from " + name, Boolean.class);
    }

    @Override
    public void close() {
        jdbc.execute("drop trigger if exists " + name + " on " + table);
        jdbc.execute("drop function if exists " + name + "()");
        jdbc.execute("drop sequence if exists " + name);
    }
}
