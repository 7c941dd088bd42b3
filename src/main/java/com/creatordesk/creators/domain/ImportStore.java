package com.creatordesk.creators.domain;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An import's uploaded file and its rows that were not imported. Native SQL: every statement names the
 * organization, so a job id of another organization finds nothing.
 */
@Component
class ImportStore {

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveFile(UUID importId, UUID organization, byte[] content) {
        jdbc.update("insert into creator_import_files (import_id, organization_id, content) values (?, ?, ?)",
                importId, organization, content);
    }

    byte[] file(UUID importId, UUID organization) {
        return jdbc.queryForObject("select content from creator_import_files where import_id = ? and organization_id = ?",
                byte[].class, importId, organization);
    }

    void addErrors(UUID importId, UUID organization, List<ImportRowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into creator_import_errors (import_id, row_number, organization_id, message, cells) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", errors, errors.size(), (statement, error) -> {
                    statement.setObject(1, importId);
                    statement.setInt(2, error.row());
                    statement.setObject(3, organization);
                    statement.setString(4, error.message().length() > 500 ? error.message().substring(0, 500) : error.message());
                    statement.setArray(5, statement.getConnection().createArrayOf("text", error.cells().toArray()));
                });
    }

    void eachError(UUID importId, UUID organization, Consumer<ImportRowError> consumer) {
        jdbc.query("select row_number, message, cells from creator_import_errors where import_id = ? and organization_id = ? "
                + "order by row_number", rs -> {
                    consumer.accept(new ImportRowError(rs.getInt(1), rs.getString(2), cells(rs.getArray(3))));
                }, importId, organization);
    }

    private static List<String> cells(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
