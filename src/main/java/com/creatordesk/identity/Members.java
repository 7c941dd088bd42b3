package com.creatordesk.identity;

import com.creatordesk.identity.domain.TeamMembers;

import com.creatordesk.identity.config.MemberPrincipal;
import com.creatordesk.identity.domain.Member;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's facade: who is signed in, and the team members of the current organization. */
@Service
public class Members {

    private final TeamMembers members;

    Members(TeamMembers members) {
        this.members = members;
    }

    /** The signed-in member, if this thread serves one. */
    public Optional<CurrentMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof MemberPrincipal principal) {
            return Optional.of(principal.toCurrentMember());
        }
        return Optional.empty();
    }

    /** The signed-in member; for code that only runs in a signed-in request. */
    public CurrentMember requireCurrent() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in member"));
    }

    @Transactional(readOnly = true)
    public Optional<MemberSummary> find(MemberId id) {
        return members.findById(id.value()).map(Members::summary);
    }

    @Transactional(readOnly = true)
    public Map<MemberId, MemberSummary> findAll(Collection<MemberId> ids) {
        List<UUID> values = ids.stream().map(MemberId::value).distinct().toList();
        return StreamSupport.stream(members.findAllById(values).spliterator(), false)
                .map(Members::summary)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }

    @Transactional(readOnly = true)
    public List<MemberSummary> all() {
        return members.findAllByOrderByNameAsc().stream().map(Members::summary).toList();
    }

    private static MemberSummary summary(Member member) {
        return new MemberSummary(new MemberId(member.getId()), member.getName(), member.getEmail(), member.getRole());
    }
}
