package com.creatordesk.creators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProfilePageParserTests {

    static final URI PAGE = URI.create("https://www.example.com/jane/");

    @Test
    void readsNameAvatarBioAndFollowersFromOpenGraphTags() {
        ProfileSnapshot snapshot = parse("""
                <html><head><meta property="og:title" content="Jane Doe (@jane) • Instagram photos and videos">
                <meta property="og:image" content="/img/jane.jpg">
                <meta property="og:description" content="1.2M Followers, 10 Following, 300 Posts - See Instagram photos and videos">
                </head></html>""");
        assertThat(snapshot).isEqualTo(new ProfileSnapshot("Jane Doe", "https://www.example.com/img/jane.jpg", null, 1_200_000L));
    }

    @Test
    void cleansPlatformSuffixesFromTitles() {
        assertThat(ProfilePageParser.name("Leo Park - YouTube", "leo")).isEqualTo("Leo Park");
        assertThat(ProfilePageParser.name("Mia (@mia) | TikTok", "mia")).isEqualTo("Mia");
        assertThat(ProfilePageParser.name("@mia", "mia")).isNull();
        assertThat(ProfilePageParser.name("   ", "mia")).isNull();
    }

    @Test
    void findsSubscriberCountsInTheBodyAndFollowerCountFields() {
        assertThat(parse("<title>Chan</title><body><span>12,345 subscribers</span></body>").followers()).isEqualTo(12_345L);
        assertThat(parse("<title>Chan</title><script>{\"follower_count\": 987}</script>").followers()).isEqualTo(987L);
        assertThat(parse("<title>Chan</title><body>no numbers here</body>").followers()).isNull();
    }

    @Test
    void usesTheCharsetTheServerNamesOrThePageDeclares() {
        byte[] latin = "<html><head><title>Zo\u00eb</title></head></html>".getBytes(Charset.forName("ISO-8859-1"));
        assertThat(ProfilePageParser.parse(latin, "iso-8859-1", PAGE, "zoe").displayName()).isEqualTo("Zo\u00eb");
        byte[] declared = "<html><head><meta charset=\"windows-1252\"><title>Zo\u00eb</title></head></html>"
                .getBytes(Charset.forName("windows-1252"));
        assertThat(ProfilePageParser.parse(declared, "not-a-charset", PAGE, "zoe").displayName()).isEqualTo("Zo\u00eb");
    }

    @Test
    void garbageHasNothingToRead() {
        assertThat(parse("\u0000<<<>>> <div <p = ").isEmpty()).isTrue();
        assertThat(parse("<meta property=\"og:image\" content=\"javascript:alert(1)\">").avatarUrl()).isNull();
    }

    private static ProfileSnapshot parse(String html) {
        return ProfilePageParser.parse(html.getBytes(StandardCharsets.UTF_8), "utf-8", PAGE, "jane");
    }
}
