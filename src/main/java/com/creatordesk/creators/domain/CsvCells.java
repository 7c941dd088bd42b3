package com.creatordesk.creators.domain;

/**
 * Cells of exported CSV files are data, never formulas: a value a spreadsheet would run (starting with =, +,
 * -, @, tab or carriage return) gets a single quote in front, which spreadsheets show as text.
 */
public final class CsvCells {

    static final String FORMULA_START = "=+-@\t\r";

    private CsvCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return FORMULA_START.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
