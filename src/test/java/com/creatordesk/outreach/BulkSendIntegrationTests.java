package com.creatordesk.outreach;

import static com.creatordesk.outreach.OutreachTestSupport.activeCampaign;
import static com.creatordesk.outreach.OutreachTestSupport.brand;
import static com.creatordesk.outreach.OutreachTestSupport.bulkSend;
import static com.creatordesk.outreach.OutreachTestSupport.creator;
import static com.creatordesk.outreach.OutreachTestSupport.send;
import static com.creatordesk.outreach.OutreachTestSupport.template;
import static com.creatordesk.outreach.OutreachTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.creatordesk.IntegrationTest;
import com.creatordesk.campaigns.CampaignId;
import com.creatordesk.collaborations.CollaborationStatus;
import com.creatordesk.collaborations.Collaborations;
import com.creatordesk.creators.CreatorId;
import com.creatordesk.identity.CurrentMember;
import com.creatordesk.identity.Tenancy;
import com.creatordesk.mailbox.sandbox.SandboxServer;
import com.creatordesk.outreach.OutreachTestSupport.Brand;
import com.creatordesk.outreach.domain.BulkSendService;
import com.creatordesk.outreach.domain.OutreachRuleViolation;
import com.creatordesk.outreach.events.OutreachSent;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class BulkSendIntegrationTests {

    static final String BODY = "Hi {{first_name}}, we love {{handle}}. Join {{campaign_name}}? {{sender_name}}";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired SandboxServer sandbox;
    @Autowired Collaborations collaborations;
    @Autowired BulkSendService bulkSends;
    @Autowired ConfigurableApplicationContext context;

    @Test
    void preflightMarksEachRecipientResolvedInvalidOrSkippedWithTheReason() throws Exception {
        Brand brand = brand(mvc, jdbc, "Preflight Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Trail Launch");
        UUID template = template(mvc, brand.owner(), "Intro", "Hello {{first_name}}", BODY);
        UUID ready = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", unique("maya"), null);
        UUID noEmail = creator(mvc, brand.owner(), "Noel Nomail", "noel", null, null);
        UUID onlyHandle = creator(mvc, brand.owner(), "@hana.handle", "hana.handle", unique("hana"), null);
        String unsubscribedAddress = unique("una");
        UUID unsubscribed = creator(mvc, brand.owner(), "Una Subscribed", "una", unsubscribedAddress, null);
        UUID collaborating = creator(mvc, brand.owner(), "Cole Labs", "cole", unique("cole"), null);
        UUID contacted = creator(mvc, brand.owner(), "Cora Tacted", "cora", unique("cora"), null);
        jdbc.update("insert into outreach_unsubscribes (id, organization_id, address, unsubscribed_at) values (?, ?, ?, now())",
                UUID.randomUUID(), brand.organization().value(), unsubscribedAddress.toUpperCase());
        // a collaboration made by the collaborations module (here as the inbox sync would); outreach asks it through its port
        Tenancy.runAs(brand.organization(), () -> collaborations.createIfAbsent(new CampaignId(campaign),
                new CreatorId(collaborating), CollaborationStatus.NEGOTIATING, "Inbox sync", null));
        UUID otherCampaign = activeCampaign(mvc, brand.owner(), "Other Launch");
        Tenancy.runAs(brand.organization(), () -> collaborations.createIfAbsent(new CampaignId(otherCampaign),
                new CreatorId(ready), CollaborationStatus.PENDING, "Inbox sync", null));
        UUID earlier = bulkSend(mvc, brand.owner(), campaign, template, contacted);
        send(mvc, brand.owner(), earlier);

        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template, ready, noEmail, onlyHandle, unsubscribed, collaborating,
                contacted);

        assertThat(recipients(bulk)).containsExactly(
                "Maya Runs|RESOLVED|null",
                "Noel Nomail|INVALID|No email address.",
                "@hana.handle|INVALID|Missing {{first_name}}: the creator has no name yet, only a handle.",
                "Una Subscribed|SKIPPED|Unsubscribed.",
                "Cole Labs|SKIPPED|Already in a collaboration for this campaign.",
                "Cora Tacted|SKIPPED|Already contacted for this campaign.");
        String page = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Send to 1 creator").contains("No email address.")
                .contains("Missing {{first_name}}: the creator has no name yet, only a handle.").contains("Already contacted for this campaign.");
        String invalid = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk).param("state", "INVALID")))
                .andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("Noel Nomail").contains("@hana.handle").doesNotContain("Maya Runs").doesNotContain("Cora Tacted");
        String afterThird = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk).param("after", "3")))
                .andReturn().getResponse().getContentAsString();
        assertThat(afterThird).contains("Una Subscribed").contains("Cora Tacted").doesNotContain("Maya Runs");
    }

    @Test
    void sendingDeliversEachResolvedEmailOnceWithUnsubscribeHeadersAndAnnouncesItWithItsMessageId() throws Exception {
        Brand brand = brand(mvc, jdbc, "Send Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Summer Hike");
        UUID template = template(mvc, brand.owner(), "Intro", "Hello {{first_name}}", BODY);
        String mayaAddress = unique("maya");
        String tomAddress = unique("tom");
        UUID maya = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", mayaAddress, null);
        UUID tom = creator(mvc, brand.owner(), "Tom Trail", "trailtom", tomAddress, null);
        UUID noEmail = creator(mvc, brand.owner(), "Noel Nomail", "noel", null, null);
        UUID bulk = bulkSend(mvc, brand.owner(), campaign, template, maya, tom, noEmail);

        try (RecordedOutreach recorded = new RecordedOutreach(context)) {
            send(mvc, brand.owner(), bulk);
            await().atMost(Duration.ofSeconds(30)).until(() -> count(bulk, "SENT") == 2);

            List<MimeMessage> received = OutreachTestSupport.inbox(sandbox.imapPort(), mayaAddress);
            assertThat(received).hasSize(1);
            MimeMessage email = received.get(0);
            Map<String, Object> row = jdbc.queryForMap("select id, message_id, unsubscribe_url from outreach_messages "
                    + "where bulk_send_id = ? and address = ?", bulk, mayaAddress);
            assertThat(email.getSubject()).isEqualTo("Hello Maya");
            assertThat((String) email.getContent()).startsWith("Hi Maya, we love @maya.runs. Join Summer Hike? Olivia Owner")
                    .contains("Unsubscribe: " + row.get("unsubscribe_url"));
            assertThat(email.getMessageID()).isEqualTo(row.get("message_id"));
            assertThat(email.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + row.get("unsubscribe_url") + ">");
            assertThat(email.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
            assertThat(OutreachTestSupport.inbox(sandbox.imapPort(), tomAddress)).hasSize(1);

            assertThat(recorded.batches(brand.organization())).as("both went out in one claimed batch, announced at once")
                    .singleElement().satisfies(batch -> assertThat(batch.emails()).extracting(OutreachSent::messageId)
                            .containsExactlyInAnyOrderElementsOf(jdbc.queryForList(
                                    "select message_id from outreach_messages where bulk_send_id = ?", String.class, bulk)));
            OutreachSent toMaya = recorded.sent(brand.organization()).stream().filter(sent -> sent.address().equals(mayaAddress)).findFirst()
                    .orElseThrow();
            assertThat(toMaya).isEqualTo(new OutreachSent(brand.organization(), (UUID) row.get("id"),
                    (String) row.get("message_id"), campaign, maya, mayaAddress));
        }
        String team = SandboxServer.teamAddress(brand.organization());
        assertThat(OutreachTestSupport.folder(sandbox.imapPort(), team, sandbox.teamMailbox(brand.organization()).password(),
                "Sent")).extracting(MimeMessage::getMessageID).hasSize(2);
        String page = mvc.perform(brand.owner().as(get("/outreach/bulk/" + bulk))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Done").doesNotContain("every 2s");
        String tab = mvc.perform(brand.owner().as(get("/outreach/campaigns/" + campaign + "/tab"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(tab).contains("Maya Runs").contains(mayaAddress).contains("Tom Trail").contains("Hello Maya")
                .contains(">Sent<").doesNotContain("Noel");
    }

    @Test
    void recipientsComeFromATagTheCreatorPoolsFilterPastedHandlesOrThePoolsSelection() throws Exception {
        Brand brand = brand(mvc, jdbc, "Audience Co");
        UUID campaign = activeCampaign(mvc, brand.owner(), "Audience Launch");
        UUID template = template(mvc, brand.owner(), "Intro", "Hello {{display_name}}", "Hi {{display_name}}");
        UUID maya = creator(mvc, brand.owner(), "Maya Runs", "maya.runs", unique("maya"), "vip");
        UUID tom = creator(mvc, brand.owner(), "Tom Trail", "trailtom", unique("tom"), "vip, outdoors");
        creator(mvc, brand.owner(), "Noel Nomail", "noel", null, "outdoors");
        UUID bulk = OutreachTestSupport.newBulkSend(mvc, brand.owner(), campaign, template);

        choose(brand, bulk, "TAG", "tag", "vip");
        assertThat(recipients(bulk)).containsExactlyInAnyOrder("Maya Runs|RESOLVED|null", "Tom Trail|RESOLVED|null");
        choose(brand, bulk, "FILTER", "listQuery", "http://localhost:8080/creators?tag=outdoors&email=no");
        assertThat(recipients(bulk)).containsExactly("Noel Nomail|INVALID|No email address.");
        mvc.perform(brand.owner().as(post("/outreach/bulk/" + bulk + "/recipients").with(csrf()).param("source", "HANDLES")
                        .param("handles", "@maya.runs, https://www.instagram.com/trailtom/\nnobody.here")))
                .andExpect(flash().attribute("problem", "No creator has these handles: nobody.here."));
        assertThat(recipients(bulk)).containsExactly("Maya Runs|RESOLVED|null", "Tom Trail|RESOLVED|null");
        mvc.perform(brand.owner().as(post("/outreach/bulk/" + bulk + "/recipients").with(csrf()).param("source", "TAG")
                        .param("tag", "nobody-has-this")))
                .andExpect(status().isUnprocessableEntity());

        // the Creator Pool's "Bulk send to selected" sends its selection (ids) along with its filter fields
        String wizard = mvc.perform(brand.owner().as(get("/outreach/bulk/new").param("ids", maya.toString(), tom.toString())
                        .param("tag", "outdoors"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wizard).contains("name=\"creator\" value=\"" + maya + "\"").contains("name=\"creator\" value=\"" + tom + "\"")
                .doesNotContain("value=\"outdoors\"");
        String pool = mvc.perform(brand.owner().as(get("/creators").param("tag", "vip"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(pool).contains("Bulk send to selected").contains("/outreach/bulk/new?filter=tag%3Dvip");
    }

    @Test
    void sendingTheSameBulkSendTwiceAtOnceQueuesEachEmailOnce() throws Exception {
        Brand brand = brand(mvc, jdbc, "Double Click Co");
        UUID bulk = bulkSend(mvc, brand.owner(), activeCampaign(mvc, brand.owner(), "Twice"),
                template(mvc, brand.owner(), "Intro", "Hello {{first_name}}", "Hi {{display_name}}"),
                creator(mvc, brand.owner(), "Ada One", "ada.one", unique("ada"), null),
                creator(mvc, brand.owner(), "Bo Two", "bo.two", unique("bo"), null),
                creator(mvc, brand.owner(), "Cy Three", "cy.three", unique("cy"), null));
        CurrentMember owner = OutreachTestSupport.owner(jdbc, brand);

        List<Object> outcomes = twiceAtOnce(() -> Tenancy.callAs(brand.organization(),
                () -> bulkSends.start(bulk, owner, "http://localhost")));

        assertThat(outcomes).containsExactlyInAnyOrder(3, "This bulk send has started: its recipients can't change any more.");
        assertThat(jdbc.queryForObject("select count(*) from outreach_messages where bulk_send_id = ?", Integer.class, bulk))
                .isEqualTo(3);
    }

    /** Runs the work on two threads released together; each result, or the refusal's message. */
    static List<Object> twiceAtOnce(Supplier<Object> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Callable<Object> task = () -> {
                go.await();
                try {
                    return work.get();
                } catch (OutreachRuleViolation refused) {
                    return refused.getMessage();
                }
            };
            List<Future<Object>> running = List.of(threads.submit(task), threads.submit(task));
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> result : running) {
                results.add(result.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private void choose(Brand brand, UUID bulk, String source, String field, String value) throws Exception {
        mvc.perform(brand.owner().as(post("/outreach/bulk/" + bulk + "/recipients").with(csrf()).param("source", source)
                .param(field, value))).andExpect(status().is3xxRedirection());
    }

    private List<String> recipients(UUID bulk) {
        return jdbc.query("select display_name, state, reason from outreach_bulk_recipients where bulk_send_id = ? "
                + "order by position", (rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), bulk);
    }

    private int count(UUID bulk, String status) {
        return jdbc.queryForObject("select count(*) from outreach_messages where bulk_send_id = ? and status = ?",
                Integer.class, bulk, status);
    }
}
