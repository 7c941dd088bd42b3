package com.creatordesk.collaborations.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV lines (RFC 4180) that are safe to open in a spreadsheet: a cell starting with = + - @, a tab or a
 * carriage return is prefixed with a quote, so it is shown as text and never run as a formula.
 */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
