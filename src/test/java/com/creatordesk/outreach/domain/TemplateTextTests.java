package com.creatordesk.outreach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.outreach.domain.EmailContent.PersonalisedEmail;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TemplateTextTests {

    static final RecipientProfile MAYA = new RecipientProfile(UUID.randomUUID(), "Maya Lind", "maya@creator.test", "maya.runs", true);

    @Test
    void fillsEveryVariableSpacesInsideBracesAllowed() {
        PersonalisedEmail email = new EmailContent("{{campaign_name}} × {{ display_name }}",
                "Hi {{first_name}}, love {{handle}}! {{sender_name}}").personalise(MergeFields.of(MAYA, "Trail", "Dana"));

        assertThat(email.subject().text()).isEqualTo("Trail × Maya Lind");
        assertThat(email.body().text()).isEqualTo("Hi Maya, love @maya.runs! Dana");
        assertThat(email.complete()).isTrue();
        assertThat(email.problem()).isNull();
    }

    @Test
    void aVariableWithoutAValueStaysAsWrittenAndIsReported() {
        RecipientProfile onlyHandle = new RecipientProfile(UUID.randomUUID(), "maya.runs", "m@creator.test", "maya.runs", false);

        PersonalisedEmail email = new EmailContent("Hi {{first_name}}", "For {{campaign_name}}: {{display_name}}")
                .personalise(MergeFields.of(onlyHandle, null, "Dana"));

        assertThat(email.subject().text()).isEqualTo("Hi {{first_name}}");
        assertThat(email.subject().segments()).filteredOn(Rendering.Segment::unfilled)
                .extracting(Rendering.Segment::text).containsExactly("{{first_name}}");
        assertThat(email.body().text()).isEqualTo("For {{campaign_name}}: maya.runs");
        assertThat(email.complete()).isFalse();
        assertThat(email.problem()).isEqualTo("Missing {{first_name}}: the creator has no name yet, only a handle. "
                + "Missing {{campaign_name}}: no campaign is chosen.");
    }

    @Test
    void unknownPlaceholdersAreNamedAtSaveButEmptyOnesOnlyWhenTheEmailMustBeComplete() {
        EmailContent content = new EmailContent("Hi {{fist_name}}", "Hello {{first name}} and {{fist_name}}");

        assertThat(TemplateText.unknownPlaceholders(content.body())).containsExactly("{{first name}}", "{{fist_name}}");
        assertThat(content.problems()).containsEntry("subject", "Unknown variable {{fist_name}}. Use {{first_name}}, "
                + "{{display_name}}, {{handle}}, {{campaign_name}}, {{sender_name}}.");
        assertThat(content.problems().get("body")).startsWith("Unknown variables {{first name}}, {{fist_name}}.");
        assertThat(new EmailContent("", " ").problems()).containsOnlyKeys("subject", "body");
        assertThat(new EmailContent("", " ").problems(false)).isEmpty();
    }

    @Test
    void theFirstNameIsTheFirstWordAndTheHandleGetsAnAt() {
        MergeFields fields = MergeFields.of(new RecipientProfile(UUID.randomUUID(), "  Jo  Ann Lee ", null, "@jo", true), "C", "S");

        assertThat(fields.get(TemplateVariable.FIRST_NAME)).isEqualTo("Jo");
        assertThat(fields.get(TemplateVariable.HANDLE)).isEqualTo("@jo");
    }
}
