package com.creatordesk.inbox.domain;

import com.creatordesk.identity.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The demo organization's sample emails: creators of the demo Creator Pool writing to the team, and answers. */
record DemoMail(boolean sent, String messageId, String source) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    static List<DemoMail> samples(OrganizationId organization, String team, Instant now) {
        String tag = organization.value().toString().substring(0, 8);
        String mayaAsk = id("maya-ask", tag);
        String mayaReply = id("maya-reply", tag);
        String emmaAsk = id("emma-ask", tag);
        String emmaReply = id("emma-reply", tag);
        String larsAsk = id("lars-ask", tag);
        return List.of(
                mail(true, mayaAsk, "Dana at Northwind <" + team + ">", "maya@mayacheneats.com", "Trail recipes with Northwind?",
                        null, now.minus(Duration.ofDays(3)), "Hi Maya,\n\nwe love your one-pot recipes. Would you cook a trail "
                                + "dinner with our new stove for your followers?\n\nDana"),
                mail(false, mayaReply, "Maya Chen <maya@mayacheneats.com>", team, "Re: Trail recipes with Northwind?",
                        mayaAsk, now.minus(Duration.ofDays(2)), "Hi Dana,\n\nI'd love to! Could you share the budget and "
                                + "when you'd like the posts to go live?\n\nMaya"),
                mail(false, id("ethan-pitch", tag), "Ethan Brooks <ethan@brooksoutdoors.com>", team,
                        "Camping gear review for my channel", null, now.minus(Duration.ofHours(20)),
                        "Hello Northwind team,\n\nI review camping gear on YouTube (320K subscribers). Your new tent "
                                + "would be perfect for my autumn series. Interested?\n\nEthan"),
                mail(true, emmaAsk, "Dana at Northwind <" + team + ">", "emma@lindqvist.se", "Northwind x Emma: winter hikes",
                        null, now.minus(Duration.ofDays(6)), "Hi Emma,\n\nwould you take our winter jacket on one of your "
                                + "hikes?\n\nDana"),
                mail(false, emmaReply, "Emma Lindqvist <emma@lindqvist.se>", team, "Re: Northwind x Emma: winter hikes",
                        emmaAsk, now.minus(Duration.ofDays(5)), "Yes, happily. Size M please!\n\nEmma"),
                mail(true, id("emma-thanks", tag), "Dana at Northwind <" + team + ">", "emma@lindqvist.se",
                        "Re: Northwind x Emma: winter hikes", emmaReply, now.minus(Duration.ofDays(4)),
                        "Wonderful, the jacket is on its way.\n\nDana"),
                mail(true, larsAsk, "Dana at Northwind <" + team + ">", "lars@larsbikes.dk", "Bikepacking bags",
                        null, now.minus(Duration.ofDays(1)), "Hi Lars,\n\nwould you test our new bikepacking bags?\n\nDana"),
                new DemoMail(false, id("lars-away", tag), source("Lars Jensen <lars@larsbikes.dk>", team,
                        "Automatic reply: Bikepacking bags", id("lars-away", tag), larsAsk, now.minus(Duration.ofHours(23)),
                        "Auto-Submitted: auto-replied\r\n", "I'm on a tour until the 20th and will answer when I'm back.")));
    }

    private static String id(String name, String tag) {
        return "<demo-" + name + "-" + tag + "@northwind.demo>";
    }

    private static DemoMail mail(boolean sent, String messageId, String from, String to, String subject, String inReplyTo,
            Instant date, String body) {
        return new DemoMail(sent, messageId, source(from, to, subject, messageId, inReplyTo, date, "", body));
    }

    private static String source(String from, String to, String subject, String messageId, String inReplyTo, Instant date,
            String extraHeaders, String body) {
        String threading = inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + "\r\nReferences: " + inReplyTo + "\r\n";
        return "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId + "\r\nDate: "
                + DATE.format(date) + "\r\n" + threading + extraHeaders + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n";
    }
}
