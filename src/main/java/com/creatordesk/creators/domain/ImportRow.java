package com.creatordesk.creators.domain;

import java.util.List;

/**
 * One row of an uploaded file: its number as a spreadsheet shows it (the header is row 1) and its cells;
 * or, where the file can no longer be read, why ({@code unreadable}) and no cells.
 */
public record ImportRow(int number, List<String> cells, String unreadable) {

    public ImportRow {
        cells = List.copyOf(cells);
    }

    /** The cell, trimmed; a quote our export put before a formula character ('=1+2) is taken off again. */
    public String cell(int column) {
        String cell = column < cells.size() ? cells.get(column).strip() : "";
        return cell.length() > 1 && cell.charAt(0) == '\'' && CsvCells.FORMULA_START.indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    public boolean isUnreadable() {
        return unreadable != null;
    }
}
