package com.creatordesk.outreach.domain;

import com.creatordesk.identity.CurrentMember;
import com.creatordesk.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, editing and deleting the signed-in member's organization's templates. */
@Service
public class TemplateService {

    static final String NAME_TAKEN = "A template with this name already exists. Choose another name.";

    private final OutreachTemplates templates;
    private final Clock clock;

    TemplateService(OutreachTemplates templates, Clock clock) {
        this.templates = templates;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<OutreachTemplate> all() {
        return templates.findAllByName();
    }

    @Transactional(readOnly = true)
    public OutreachTemplate get(UUID id) {
        return templates.findById(id).orElseThrow(() -> new NotFoundException("Template"));
    }

    @Transactional
    public OutreachTemplate create(CurrentMember actor, TemplateDetails details) {
        requireFreeName(details.name(), new UUID(0, 0));
        return templates.save(new OutreachTemplate(actor.organizationId(), details, actor.id(), clock.instant()));
    }

    @Transactional
    public OutreachTemplate edit(UUID id, TemplateDetails details) {
        OutreachTemplate template = get(id);
        requireFreeName(details.name(), id);
        template.edit(details, clock.instant());
        return template;
    }

    @Transactional
    public void delete(UUID id) {
        templates.delete(get(id));
    }

    private void requireFreeName(String name, UUID except) {
        if (templates.nameTaken(name, except)) {
            throw new OutreachRuleViolation("name", NAME_TAKEN);
        }
    }
}
