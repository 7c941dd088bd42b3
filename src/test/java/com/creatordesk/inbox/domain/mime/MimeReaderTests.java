package com.creatordesk.inbox.domain.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A corpus of ordinary, unusual and malformed emails: each is read as far as it can be, none stops the reader. */
class MimeReaderTests {

    static final Instant RECEIVED = Instant.parse("2026-03-02T10:15:30Z");

    static ParsedMail read(String source) throws UnreadableMailException {
        return MimeReader.read(source.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1), RECEIVED);
    }

    @Test
    void readsAPlainReplyWithItsThreadingHeaders() throws Exception {
        ParsedMail mail = read("""
                From: "Maya Lee" <Maya@Creator.test>
                To: team@brand.test, Other <other@brand.test>
                Cc: manager@creator.test
                Subject: Re: Summer collab
                Date: Mon, 2 Mar 2026 10:00:00 +0000
                Message-ID: <reply-1@creator.test>
                In-Reply-To: <outreach-1@brand.test>
                References: <outreach-1@brand.test>
                
                Sounds great, I'm in!
                
                On Sun, 1 Mar 2026, team@brand.test wrote:
                > Would you like to work with us?
                """);

        assertThat(mail.messageId()).isEqualTo("<reply-1@creator.test>");
        assertThat(mail.derivedMessageId()).isFalse();
        assertThat(mail.fromAddress()).isEqualTo("maya@creator.test");
        assertThat(mail.fromName()).isEqualTo("Maya Lee");
        assertThat(mail.to()).containsExactly("team@brand.test", "other@brand.test");
        assertThat(mail.cc()).containsExactly("manager@creator.test");
        assertThat(mail.subject()).isEqualTo("Re: Summer collab");
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(mail.inReplyTo()).isEqualTo("<outreach-1@brand.test>");
        assertThat(mail.references()).containsExactly("<outreach-1@brand.test>");
        assertThat(mail.isReply()).isTrue();
        assertThat(mail.kind()).isEqualTo(MailKind.NORMAL);
        assertThat(mail.preview()).isEqualTo("Sounds great, I'm in!");
        assertThat(mail.problem()).isNull();
        assertThat(mail.raw()).isNull();
        assertThat(mail.threadKeys()).containsExactly("<reply-1@creator.test>", "<outreach-1@brand.test>");
    }

    @Test
    void anUnknownCharsetFallsBackAndSaysSo() throws Exception {
        ParsedMail mail = read("""
                From: a@creator.test
                Subject: =?x-klingon?Q?Caf=E9?=
                Message-ID: <charset@creator.test>
                Content-Type: text/plain; charset=x-klingon
                
                Caf\u00e9 cr\u00e8me
                """);

        assertThat(mail.text()).contains("Café crème");
        assertThat(mail.subject()).isNotBlank();
        assertThat(mail.problem()).contains("Unknown character set \"x-klingon\"");
        assertThat(mail.raw()).isNotNull();
    }

    @Test
    void aMessageWithoutMessageIdGetsTheSameDerivedIdEachTime() throws Exception {
        String source = """
                From: someone@creator.test
                Subject: No id here
                
                Hello there
                """;

        ParsedMail first = read(source);
        ParsedMail second = read(source);

        assertThat(first.derivedMessageId()).isTrue();
        assertThat(first.messageId()).matches("<[0-9a-f]{40}@derived\\.creatordesk\\.invalid>").isEqualTo(second.messageId());
        assertThat(first.sentAt()).isNull();
        assertThat(first.receivedAt()).isEqualTo(RECEIVED);
        assertThat(read(source.replace("Hello there", "Hello again")).messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void missingFromAndSubjectStillReadable() throws Exception {
        ParsedMail mail = read("""
                To: team@brand.test
                
                Just a body.
                """);

        assertThat(mail.fromAddress()).isNull();
        assertThat(mail.subject()).isEmpty();
        assertThat(mail.text()).isEqualTo("Just a body.\r\n");
    }

    @Test
    void hugeHeadersAreBounded() throws Exception {
        StringBuilder references = new StringBuilder("References:");
        for (int i = 0; i < 500; i++) {
            references.append(" <ref-").append(i).append("@brand.test>\n");
        }
        ParsedMail mail = read("From: a@creator.test\nSubject: " + "long ".repeat(2000) + "\nX-Junk: " + "x".repeat(200_000)
                + "\nMessage-ID: <huge@creator.test>\n" + references + "\nBody\n");

        assertThat(mail.references()).hasSize(MessageIdTokens.MAX_REFERENCES)
                .startsWith("<ref-0@brand.test>").endsWith("<ref-499@brand.test>");
        assertThat(mail.subject()).hasSize(1000);
        assertThat(mail.headers()).hasSizeLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void nestedMultipartsGiveTextHtmlAndAttachments() throws Exception {
        ParsedMail mail = read("""
                From: a@creator.test
                Subject: Media kit
                Message-ID: <nested@creator.test>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"
                
                --outer
                Content-Type: multipart/alternative; boundary="alt"
                
                --alt
                Content-Type: text/plain; charset=utf-8
                
                Here is my media kit.
                --alt
                Content-Type: multipart/related; boundary="rel"
                
                --rel
                Content-Type: text/html; charset=utf-8
                
                <p onclick="steal()">Here is my <b>media kit</b>.<script>alert(1)</script><img src="cid:logo"><img src="https://tracker.test/p.gif" alt="pixel"></p>
                --rel
                Content-Type: image/png; name="logo.png"
                Content-ID: <logo>
                Content-Transfer-Encoding: base64
                
                iVBORw0KGgo=
                --rel--
                --alt--
                --outer
                Content-Type: application/pdf; name="kit.pdf"
                Content-Disposition: attachment; filename="kit.pdf"
                Content-Transfer-Encoding: base64
                
                JVBERi0xLjQK
                --outer--
                """);

        assertThat(mail.text()).contains("Here is my media kit.");
        assertThat(mail.html()).contains("<b>media kit</b>").doesNotContain("script", "onclick", "cid:");
        assertThat(mail.remoteContent()).isTrue();
        assertThat(HtmlSanitizer.withoutRemoteImages(mail.html())).doesNotContain("tracker.test").contains("[image: pixel]");
        assertThat(mail.attachments()).extracting(ParsedMail.Attachment::fileName).containsExactly("logo.png", "kit.pdf");
        assertThat(mail.attachments().get(1).size()).isEqualTo(9);
        assertThat(mail.problem()).isNull();
    }

    @Test
    void brokenBase64IsDecodedAsFarAsItGoesAndMarked() throws Exception {
        ParsedMail mail = read("""
                From: a@creator.test
                Subject: Broken
                Message-ID: <broken@creator.test>
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: base64
                
                SGVsbG8gd29y!!bGQ=*
                """);

        assertThat(mail.text()).startsWith("Hello wor");
        assertThat(mail.problem()).contains("damaged");
        assertThat(mail.raw()).isNotEmpty();
    }

    @Test
    void aMissingEndBoundaryStillGivesTheText() throws Exception {
        ParsedMail mail = read("""
                From: a@creator.test
                Subject: Cut off
                Message-ID: <cut@creator.test>
                Content-Type: multipart/mixed; boundary="b"
                
                --b
                Content-Type: text/plain
                
                Still here
                """);

        assertThat(mail.text()).contains("Still here");
    }

    @Test
    void aMultipartWithoutItsBoundaryShowsTheRawText() throws Exception {
        ParsedMail mail = read("""
                From: a@creator.test
                Subject: No boundary
                Message-ID: <noboundary@creator.test>
                Content-Type: multipart/mixed
                
                plain words
                """);

        assertThat(mail.text()).contains("plain words");
        assertThat(mail.problem()).isNotNull();
    }

    @Test
    void aDeliveryReportIsABounceAboutTheOriginalMessage() throws Exception {
        ParsedMail mail = read("""
                From: Mail Delivery System <MAILER-DAEMON@mx.brand.test>
                To: team@brand.test
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.brand.test>
                Auto-Submitted: auto-replied
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"
                
                --r
                Content-Type: text/plain
                
                I'm sorry to have to inform you that your message could not be delivered.
                --r
                Content-Type: message/delivery-status
                
                Reporting-MTA: dns; mx.brand.test
                
                Final-Recipient: rfc822; gone@creator.test
                Action: failed
                Status: 5.1.1
                Diagnostic-Code: smtp; 550 5.1.1 <gone@creator.test>: Recipient address rejected
                --r
                Content-Type: text/rfc822-headers
                
                From: team@brand.test
                To: gone@creator.test
                Subject: Summer collab
                Message-ID: <outreach-9@brand.test>
                --r--
                """);

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.bouncedMessageId()).isEqualTo("<outreach-9@brand.test>");
        assertThat(mail.diagnostic()).isEqualTo("550 5.1.1 <gone@creator.test>: Recipient address rejected");
        assertThat(mail.threadKeys()).contains("<outreach-9@brand.test>");
    }

    @Test
    void aPostmasterNoticeWithoutAReportUsesTheReferences() throws Exception {
        ParsedMail mail = read("""
                From: postmaster@creator.test
                Subject: Delivery failure
                Message-ID: <pm@creator.test>
                References: <outreach-7@brand.test>
                
                Mailbox full.
                """);

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.bouncedMessageId()).isEqualTo("<outreach-7@brand.test>");
        assertThat(mail.diagnostic()).isEqualTo("Mailbox full.");
    }

    @Test
    void automaticRepliesAreRecognised() throws Exception {
        String reply = """
                From: maya@creator.test
                Subject: %s
                Message-ID: <auto-%d@creator.test>
                In-Reply-To: <outreach-1@brand.test>
                %s
                
                I'm away until Monday.
                """;
        assertThat(read(reply.formatted("Re: Summer", 1, "Auto-Submitted: auto-replied")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Re: Summer", 2, "Auto-Submitted: no")).kind()).isEqualTo(MailKind.NORMAL);
        assertThat(read(reply.formatted("Re: Summer", 3, "X-Autoreply: yes")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Re: Summer", 4, "X-Autorespond: yes")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Re: Summer", 5, "Precedence: bulk")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Re: Summer", 6, "Precedence: auto_reply")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Re: Summer", 7, "Precedence: junk")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Out of Office: Re: Summer", 8, "X-Other: 1")).kind()).isEqualTo(MailKind.AUTO_REPLY);
        assertThat(read(reply.formatted("Automatic reply: Summer", 9, "X-Other: 1")).kind()).isEqualTo(MailKind.AUTO_REPLY);
    }

    @Test
    void nulCharactersAndEightBitHeadersAreKeptOutOfTheDatabase() throws Exception {
        ParsedMail mail = MimeReader.read(("From: Zo\u00eb <zoe@creator.test>\r\nSubject: Caf\u00e9\u0000\r\n"
                + "Message-ID: <nul@creator.test>\r\n\r\nA\u0000B\r\n").getBytes(StandardCharsets.UTF_8), RECEIVED);

        assertThat(mail.subject()).isEqualTo("Café");
        assertThat(mail.fromName()).isEqualTo("Zoë");
        assertThat(mail.text()).startsWith("AB");
    }

    @Test
    void brokenAddressHeadersStillGiveTheAddresses() throws Exception {
        ParsedMail mail = read("""
                From: "Unclosed <maya@creator.test>
                To: team@brand.test;; <<broken>>, second@brand.test
                Subject: =?utf-8?B?broken-encoded-word?=
                Message-ID: <addr@creator.test>
                
                Hi
                """);

        assertThat(mail.fromAddress()).isEqualTo("maya@creator.test");
        assertThat(mail.to()).contains("team@brand.test", "second@brand.test");
    }

    @Test
    void sourceWithoutAnyEmailHeaderIsUnreadable() {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> MimeReader.read(garbage, RECEIVED)).isInstanceOf(UnreadableMailException.class);
        assertThatThrownBy(() -> read("just some words\nwith no headers at all\n")).isInstanceOf(UnreadableMailException.class);
    }

    @Test
    void deeplyNestedMultipartsStopAtALimit() throws Exception {
        StringBuilder source = new StringBuilder("From: a@creator.test\nSubject: Deep\nMessage-ID: <deep@creator.test>\n");
        int depth = 40;
        for (int i = 0; i < depth; i++) {
            source.append("Content-Type: multipart/mixed; boundary=\"b").append(i).append("\"\n\n--b").append(i).append("\n");
        }
        source.append("Content-Type: text/plain\n\ninnermost\n");
        for (int i = depth - 1; i >= 0; i--) {
            source.append("--b").append(i).append("--\n");
        }

        ParsedMail mail = read(source.toString());

        assertThat(mail.problem()).contains("nested too deeply");
    }
}
