package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.ImportRowReader.RowDraft;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of imported rows in the caller's transaction: a row whose handles and emails belong to no
 * creator adds one; a row matching one creator updates or skips it (the member's choice); a row matching
 * two creators, or with a bad cell, is refused and reported. Owners are looked up for the whole batch at
 * once, and rows earlier in the file count as owners for rows after them.
 */
@Component
class ImportBatchWriter {

    private final CreatorPool pool;
    private final CreatorProfiles creators;
    private final CreatorHandles handles;
    private final CreatorEmails emails;
    private final Clock clock;

    ImportBatchWriter(CreatorPool pool, CreatorProfiles creators, CreatorHandles handles, CreatorEmails emails, Clock clock) {
        this.pool = pool;
        this.creators = creators;
        this.handles = handles;
        this.emails = emails;
        this.clock = clock;
    }

    ImportTally write(ImportJob job, List<ImportRow> rows, List<ImportRowError> errors) {
        ImportRowReader reader = new ImportRowReader(job.fields(), pool);
        List<RowDraft> drafts = new ArrayList<>();
        for (ImportRow row : rows) {
            if (row.isUnreadable()) {
                errors.add(new ImportRowError(row.number(), row.unreadable(), row.cells()));
                continue;
            }
            try {
                drafts.add(reader.read(row));
            } catch (CreatorRuleViolation violation) {
                errors.add(new ImportRowError(row.number(), violation.getMessage(), row.cells()));
            }
        }
        Map<String, Creator> owners = owners(drafts);
        int created = 0;
        int updated = 0;
        int skipped = 0;
        for (RowDraft draft : drafts) {
            Set<Creator> matches = new LinkedHashSet<>();
            draft.handleKeys().forEach(key -> matches.add(owners.get(key)));
            draft.emails().forEach(address -> matches.add(owners.get(address)));
            matches.remove(null);
            if (matches.size() > 1) {
                errors.add(new ImportRowError(draft.row().number(), "The row matches more than one creator: "
                        + matches.stream().map(Creator::getDisplayName).collect(Collectors.joining(" and ")) + ".", draft.row().cells()));
            } else if (matches.size() == 1 && job.getDuplicates() == ImportJob.Duplicates.SKIP) {
                skipped++;
            } else if (matches.size() == 1) {
                Creator existing = matches.iterator().next();
                ImportUpdate.apply(existing, draft.draft(), clock.instant());
                creators.save(existing); // announces a new name or handles to the modules that keep a copy
                register(owners, draft, existing);
                updated++;
            } else {
                try {
                    Creator creator = creators.save(pool.build(draft.draft(), false));
                    register(owners, draft, creator);
                    created++;
                } catch (CreatorRuleViolation violation) {
                    errors.add(new ImportRowError(draft.row().number(), violation.getMessage(), draft.row().cells()));
                }
            }
        }
        return new ImportTally(rows.size(), created, updated, skipped, errors.size());
    }

    /** Who already owns the batch's handles and emails, by key (platform:handle in lower case, or the address). */
    private Map<String, Creator> owners(List<RowDraft> drafts) {
        Map<String, Creator> owners = new HashMap<>();
        Set<String> keys = drafts.stream().flatMap(draft -> draft.handleKeys().stream()).collect(Collectors.toSet());
        Set<Platform> platforms = keys.stream().map(key -> Platform.valueOf(key.substring(0, key.indexOf(':'))))
                .collect(Collectors.toSet());
        Set<String> lowerHandles = keys.stream().map(key -> key.substring(key.indexOf(':') + 1)).collect(Collectors.toSet());
        Set<String> addresses = drafts.stream().flatMap(draft -> draft.emails().stream()).collect(Collectors.toSet());
        if (!lowerHandles.isEmpty()) {
            handles.findAll(platforms, lowerHandles).forEach(handle -> owners.put(
                    ImportRowReader.key(new HandleDetails(handle.getPlatform(), handle.getHandle(), null, null, null)),
                    handle.getCreator()));
        }
        if (!addresses.isEmpty()) {
            emails.findAll(addresses).forEach(email -> owners.put(email.getAddress(), email.getCreator()));
        }
        return owners;
    }

    private static void register(Map<String, Creator> owners, RowDraft draft, Creator creator) {
        draft.handleKeys().forEach(key -> owners.putIfAbsent(key, creator));
        draft.emails().forEach(address -> owners.putIfAbsent(address, creator));
    }
}
