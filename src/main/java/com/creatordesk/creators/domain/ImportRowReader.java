package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Turns a row of an uploaded file into a creator draft, by the member's column mapping; a bad cell refuses the row. */
final class ImportRowReader {

    /** A row read: the draft, and the keys (platform:handle, email) it is matched on against the pool. */
    record RowDraft(ImportRow row, NewCreator draft, List<String> handleKeys, List<String> emails) {
    }

    private final List<ImportField> fields;
    private final CreatorPool pool;

    ImportRowReader(List<ImportField> fields, CreatorPool pool) {
        this.fields = fields;
        this.pool = pool;
    }

    RowDraft read(ImportRow row) {
        if (row.cells().stream().allMatch(String::isBlank)) {
            throw new CreatorRuleViolation("The row is empty.");
        }
        List<HandleDetails> handles = new ArrayList<>();
        for (int column = 0; column < fields.size(); column++) {
            Platform platform = fields.get(column).platform().orElse(null);
            if (platform != null && !row.cell(column).isEmpty()) {
                handles.add(handle(new HandleDetails(platform, row.cell(column), null, null, null)));
            }
        }
        String generic = cell(row, ImportField.HANDLE);
        if (!generic.isEmpty()) {
            String platformName = cell(row, ImportField.PLATFORM);
            Platform platform = Platform.parse(platformName).orElseThrow(() -> new CreatorRuleViolation(platformName.isEmpty()
                    ? "Platform: the handle has no platform." : "Platform: \u201c" + platformName + "\u201d is not a platform we know."));
            handles.add(0, handle(new HandleDetails(platform, generic, null, null, null)));
        }
        if (handles.isEmpty()) {
            throw new CreatorRuleViolation("Handle: the row has no platform handle.");
        }
        handles.set(0, handle(new HandleDetails(handles.get(0).platform(), handles.get(0).handle(),
                cell(row, ImportField.PROFILE_URL), followers(cell(row, ImportField.FOLLOWERS)),
                engagement(cell(row, ImportField.ENGAGEMENT)))));
        List<String> emails = Arrays.stream(cell(row, ImportField.EMAIL).split("[,;\\s]+"))
                .filter(address -> !address.isBlank())
                .map(address -> labelled("Email", () -> CreatorPool.normalizeEmail("email", address)))
                .distinct().toList();
        known("Country", cell(row, ImportField.COUNTRY), Locales.countryCode(cell(row, ImportField.COUNTRY)).isPresent());
        known("Language", cell(row, ImportField.LANGUAGE), Locales.languageCode(cell(row, ImportField.LANGUAGE)).isPresent());
        Profile profile = labelled("Profile", () -> ProfileRules.check(new Profile(cell(row, ImportField.NAME),
                cell(row, ImportField.COUNTRY), cell(row, ImportField.LANGUAGE), cell(row, ImportField.AVATAR_URL),
                cell(row, ImportField.BIO)), true));
        NewCreator draft = new NewCreator(profile, handles, emails, Tags.parse(cell(row, ImportField.TAGS)),
                cell(row, ImportField.NOTES));
        return new RowDraft(row, draft, handles.stream().map(ImportRowReader::key).distinct().toList(), emails);
    }

    static String key(HandleDetails handle) {
        return handle.platform() + ":" + handle.handle().toLowerCase(Locale.ROOT);
    }

    private HandleDetails handle(HandleDetails entered) {
        return labelled(entered.platform().label() + " handle", () -> pool.normalize("handle", entered));
    }

    private String cell(ImportRow row, ImportField field) {
        int column = fields.indexOf(field);
        return column < 0 ? "" : row.cell(column);
    }

    static Long followers(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String compact = text.replace(",", "").replace(" ", "").replace("_", "").toUpperCase(Locale.ROOT);
        long factor = compact.endsWith("K") ? 1_000 : compact.endsWith("M") ? 1_000_000 : 1;
        try {
            BigDecimal number = new BigDecimal(factor == 1 ? compact : compact.substring(0, compact.length() - 1));
            return number.multiply(BigDecimal.valueOf(factor)).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new CreatorRuleViolation("Followers: \u201c" + text + "\u201d is not a number.");
        }
    }

    static BigDecimal engagement(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace("%", "").strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new CreatorRuleViolation("Engagement rate: \u201c" + text + "\u201d is not a percentage.");
        }
    }

    private static void known(String label, String text, boolean known) {
        if (!known) {
            throw new CreatorRuleViolation(label + ": \u201c" + text + "\u201d is not a " + label.toLowerCase(Locale.ROOT)
                    + " we know.");
        }
    }

    private static <T> T labelled(String label, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (CreatorRuleViolation violation) {
            throw new CreatorRuleViolation(label + ": " + violation.getMessage());
        }
    }
}
