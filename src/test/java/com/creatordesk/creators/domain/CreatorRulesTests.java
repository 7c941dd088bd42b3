package com.creatordesk.creators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.creators.CreatorId;
import com.creatordesk.creators.Platform;
import com.creatordesk.creators.events.CreatorRenamed;
import com.creatordesk.identity.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.AggregateTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The small rules of the pool that need no database: handles, tags, CSV cells, column guesses, delimiters, and
 * which changes a creator announces.
 */
class CreatorRulesTests {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** A creator as loaded from the database: saved before, in an organization. */
    static Creator saved(Creator creator) {
        ReflectionTestUtils.setField(creator, "organizationId", UUID.randomUUID());
        ReflectionTestUtils.setField(creator, "version", 3L);
        return creator;
    }

    static List<CreatorRenamed> renames(Creator creator) {
        List<CreatorRenamed> renames = new java.util.ArrayList<>();
        AggregateTestUtils.eventsOf(creator).ofType(CreatorRenamed.class).forEach(renames::add);
        return renames;
    }

    @Test
    void aNewNameOrChangedHandlesOfASavedCreatorAreAnnouncedOncePerSave() {
        Creator creator = saved(new Creator("Jane Doe", NOW));
        creator.addEmail("jane@example.com", true);
        creator.replaceTags(List.of("vip"), NOW);
        creator.changeNotes("Loves trails", NOW);
        creator.startTracking("Campaign fit", NOW);
        creator.updateProfile(new Profile("Jane Doe", "DE", "de", null, "Hiker"), NOW);
        assertThat(renames(creator)).as("email, tags, notes, tracking and a profile keeping its name").isEmpty();

        creator.updateProfile(new Profile("Jane Rivers", null, null, null, null), NOW);
        creator.updateProfile(new Profile("Jane R.", null, null, null, null), NOW);
        assertThat(renames(creator)).containsExactly(new CreatorRenamed(new OrganizationId(
                (UUID) ReflectionTestUtils.getField(creator, "organizationId")), new CreatorId(creator.getId())));
    }

    @Test
    void eachHandleChangeThatShowsIsAnnounced() {
        Creator adding = saved(new Creator("Jane Doe", NOW));
        adding.addHandle(HandleDetails.of(Platform.TIKTOK, "janedoe"));
        assertThat(renames(adding)).hasSize(1);

        Creator changing = saved(Creator.fromHandle(HandleDetails.of(Platform.TIKTOK, "janedoe"), NOW));
        UUID handle = changing.getHandles().get(0).getId();
        changing.changeHandle(handle, new HandleDetails(Platform.TIKTOK, "janedoe", "https://www.tiktok.com/@janedoe", 12_000L, null));
        assertThat(renames(changing)).as("only the link and figures changed").isEmpty();
        changing.changeHandle(handle, HandleDetails.of(Platform.TIKTOK, "janerivers"));
        assertThat(renames(changing)).hasSize(1);

        Creator removing = saved(Creator.fromHandle(HandleDetails.of(Platform.TIKTOK, "janedoe"), NOW));
        UUID second = removing.addHandle(HandleDetails.of(Platform.YOUTUBE, "janedoe")).getId();
        removing.removeHandle(second);
        assertThat(renames(removing)).hasSize(1);
    }

    @Test
    void enrichmentAnnouncesTheNameItFindsAndANewCreatorAnnouncesNothing() {
        Creator quickAdded = Creator.fromHandle(HandleDetails.of(Platform.TIKTOK, "janedoe"), NOW);
        quickAdded.addHandle(HandleDetails.of(Platform.YOUTUBE, "janedoe"));
        assertThat(renames(quickAdded)).as("not saved yet: nobody keeps a copy").isEmpty();

        saved(quickAdded).enrich(new ProfileSnapshot(null, "https://cdn.example.com/jane.jpg", "Trails", 5_000L), Platform.TIKTOK, "janedoe", NOW);
        assertThat(renames(quickAdded)).as("no name found").isEmpty();
        quickAdded.enrich(new ProfileSnapshot("Jane Doe", null, null, null), Platform.TIKTOK, "janedoe", NOW);
        assertThat(quickAdded.getDisplayName()).isEqualTo("Jane Doe");
        assertThat(renames(quickAdded)).hasSize(1);
    }

    @Test
    void handlesLoseTheirAtSignAndPastedLinksBecomeHandles() {
        assertThat(Handles.normalize("  @@Jane.Doe ")).isEqualTo("Jane.Doe");
        assertThat(Handles.normalize("https://www.instagram.com/jane.doe/?hl=en")).isEqualTo("jane.doe");
        assertThat(Handles.normalize("https://www.tiktok.com/@janedoe")).isEqualTo("janedoe");
        assertThat(Handles.normalize("https://www.linkedin.com/in/jane-doe/")).isEqualTo("jane-doe");
        assertThat(Handles.problem(Platform.INSTAGRAM, "jane doe")).isPresent();
        assertThat(Handles.problem(Platform.OTHER, "jane~doe")).isEmpty();
        assertThat(Handles.problem(Platform.X, "x".repeat(101))).contains("Use at most 100 characters.");
    }

    @Test
    void tagsAreTrimmedSingleSpacedAndUniqueIgnoringCase() {
        assertThat(Tags.parse(" vip,  Top   Performer ; VIP\nbeauty,,")).containsExactly("vip", "Top Performer", "beauty");
        assertThat(Tags.clean(List.of("x".repeat(60)))).containsExactly("x".repeat(40));
    }

    @Test
    void exportedCellsNeverStartAFormula() {
        assertThat(List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "plain", "", "a=b"))
                .extracting(CsvCells::safe)
                .containsExactly("'=1+2", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", "plain", "", "a=b");
        assertThat(new ImportRow(2, List.of("'=1+2", "'plain"), null).cell(0)).as("an import takes our quote off again")
                .isEqualTo("=1+2");
        assertThat(new ImportRow(2, List.of("'=1+2", "'plain"), null).cell(1)).isEqualTo("'plain");
    }

    @Test
    void columnsAreGuessedFromTheirHeaders() {
        assertThat(List.of("E-mail", "Display name", "Instagram Handle", "IG", "Twitter", "Youtube username", "Subscribers",
                "ER", "Something else", "Avatar link", "Other"))
                .extracting(ImportField::guess)
                .containsExactly(ImportField.EMAIL, ImportField.NAME, ImportField.INSTAGRAM, ImportField.INSTAGRAM, ImportField.X,
                        ImportField.YOUTUBE, ImportField.FOLLOWERS, ImportField.ENGAGEMENT, ImportField.IGNORE,
                        ImportField.AVATAR_URL, ImportField.OTHER);
    }

    @Test
    void theDelimiterIsTheOneTheHeaderUses() {
        assertThat(CsvFiles.delimiter("a;b;c\n1,5;2;3".getBytes())).isEqualTo(';');
        assertThat(CsvFiles.delimiter("a\tb\n".getBytes())).isEqualTo('\t');
        assertThat(CsvFiles.delimiter("\"a;b\",c\n".getBytes())).isEqualTo(',');
        assertThat(CsvFiles.firstInvalidUtf8Byte("Zo\u00eb".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(CsvFiles.firstInvalidUtf8Byte(new byte[] {'Z', 'o', (byte) 0xEB})).isEqualTo(2);
    }

    @Test
    void importedFiguresAcceptSpreadsheetSpellings() {
        assertThat(ImportRowReader.followers("12,300")).isEqualTo(12_300L);
        assertThat(ImportRowReader.followers("12.5K")).isEqualTo(12_500L);
        assertThat(ImportRowReader.followers("1.2m")).isEqualTo(1_200_000L);
        assertThat(ImportRowReader.engagement("3,5 %")).isEqualByComparingTo("3.5");
    }
}
