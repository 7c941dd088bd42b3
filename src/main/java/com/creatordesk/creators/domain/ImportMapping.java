package com.creatordesk.creators.domain;

import java.util.List;

/** The rules a column mapping keeps before an import starts. */
final class ImportMapping {

    private ImportMapping() {
    }

    static void check(List<ImportField> fields) {
        boolean platformColumn = fields.stream().anyMatch(field -> field.platform().isPresent());
        boolean genericHandle = fields.contains(ImportField.HANDLE);
        boolean platform = fields.contains(ImportField.PLATFORM);
        if (genericHandle != platform) {
            throw new CreatorRuleViolation("fields", genericHandle
                    ? "A Handle column needs a Platform column beside it, or choose the handle's platform (like Instagram handle)."
                    : "A Platform column needs a Handle column beside it.");
        }
        if (!platformColumn && !genericHandle) {
            throw new CreatorRuleViolation("fields", "Choose the column with the creators' handles: every creator needs one.");
        }
        for (ImportField field : ImportField.values()) {
            if (field != ImportField.IGNORE && fields.stream().filter(field::equals).count() > 1) {
                throw new CreatorRuleViolation("fields", "Two columns are imported as " + field.label() + ": choose one.");
            }
        }
    }
}
