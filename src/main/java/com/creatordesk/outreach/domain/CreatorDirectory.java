package com.creatordesk.outreach.domain;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.CreatorSummary;
import com.creatordesk.creators.Creators;
import com.creatordesk.creators.HandleSummary;
import com.creatordesk.identity.MemberId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Creators as outreach sees them, through the creators module's facade (current organization only). */
@Component
public class CreatorDirectory {

    private static final int CHUNK = 500;

    private final Creators creators;

    CreatorDirectory(Creators creators) {
        this.creators = creators;
    }

    public Optional<RecipientProfile> find(UUID creatorId) {
        return creators.find(new CreatorId(creatorId)).map(CreatorDirectory::profile);
    }

    /** The creators among {@code ids} that exist in the organization, in the order of {@code ids}. */
    public List<RecipientProfile> findAll(Collection<UUID> ids) {
        List<UUID> wanted = ids.stream().distinct().toList();
        Map<UUID, RecipientProfile> found = new LinkedHashMap<>();
        for (int from = 0; from < wanted.size(); from += CHUNK) {
            List<CreatorId> chunk = wanted.subList(from, Math.min(wanted.size(), from + CHUNK)).stream()
                    .map(CreatorId::new).toList();
            creators.findAll(chunk).forEach((id, summary) -> found.put(id.value(), profile(summary)));
        }
        return wanted.stream().filter(found::containsKey).map(found::get).toList();
    }

    /** The creators the Creators list shows for its query string, in its order, at most {@code limit}. */
    public List<RecipientProfile> listed(String listQuery, MemberId viewer, int limit) {
        return findAll(creators.listed(listQuery, viewer, limit).stream().map(CreatorId::value).toList());
    }

    public List<RecipientProfile> search(String query, int limit) {
        return creators.search(query == null ? "" : query, limit).stream().map(CreatorDirectory::profile).toList();
    }

    /** The creator with exactly this handle on some platform (a leading @ and case don't matter). */
    public Optional<RecipientProfile> findByHandle(String handle) {
        String wanted = normalizeHandle(handle);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return creators.search(wanted, Creators.MAX_SEARCH).stream()
                .filter(creator -> creator.handles().stream().anyMatch(h -> normalizeHandle(h.handle()).equals(wanted)))
                .findFirst().map(CreatorDirectory::profile);
    }

    static String normalizeHandle(String handle) {
        String text = handle == null ? "" : handle.strip();
        int slash = text.replaceAll("/+$", "").lastIndexOf('/');
        if (slash >= 0) {
            text = text.replaceAll("/+$", "").substring(slash + 1);
        }
        return text.replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    }

    private static RecipientProfile profile(CreatorSummary creator) {
        List<HandleSummary> handles = creator.handles();
        String name = normalizeHandle(creator.displayName());
        boolean nameIsAHandle = handles.stream().anyMatch(handle -> normalizeHandle(handle.handle()).equals(name));
        return new RecipientProfile(creator.id().value(), creator.displayName(), creator.primaryEmail(),
                handles.isEmpty() ? null : handles.get(0).handle(), !nameIsAHandle);
    }
}
