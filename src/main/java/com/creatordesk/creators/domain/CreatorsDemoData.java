package com.creatordesk.creators.domain;

import com.creatordesk.creators.Platform;
import com.creatordesk.identity.events.DemoOrganizationCreated;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo organization's Creator Pool with realistic creators. Idempotent: an organization that
 * already has creators is left alone. No enrichment: demo creators never reach out to the platforms.
 */
@Component
class CreatorsDemoData {

    /** name | handles (platform:handle:followers:engagement, …) | email | country | language | tags | tracking reason */
    static final String CREATORS = """
            Maya Chen|INSTAGRAM:mayachen.eats:184000:4.1,TIKTOK:mayachen:352000:7.8|maya@mayacheneats.com|US|en|food,recipes|Replied to outreach
            Lukas Becker|YOUTUBE:lukasbeckertech:912000:2.3|hello@lukasbecker.de|DE|de|tech,reviews|
            Sofia Marino|INSTAGRAM:sofia.marino:76500:5.6|sofia@marino.it|IT|it|fashion,vip|Summer campaign
            Jamal Okafor|TIKTOK:jamalmoves:1240000:9.2,YOUTUBE:jamalokafor:210000:3.1||NG|en|dance,music|
            Emma Lindqvist|INSTAGRAM:emmalindqvist:45200:6.3|emma@lindqvist.se|SE|sv|outdoors,travel|
            Diego Ramos|YOUTUBE:diegoramosfit:530000:4.4,INSTAGRAM:diegoramos.fit:290000:3.9|diego@ramosfit.mx|MX|es|fitness,vip|Top performer
            Aiko Tanaka|INSTAGRAM:aiko.tanaka:128000:5.1,X:aikotanaka:42000:1.7|aiko@tanaka.jp|JP|ja|beauty,skincare|
            Noah Williams|TWITCH:noahplays:68000:8.4,YOUTUBE:noahplays:95000:3.3|noah@noahplays.gg|GB|en|gaming|
            Chloé Dubois|INSTAGRAM:chloe.dubois:233000:3.7,PINTEREST:chloedubois:51000:1.2|chloe@dubois.fr|FR|fr|interiors,home|
            Priya Sharma|YOUTUBE:priyacooks:1830000:2.9,INSTAGRAM:priyacooks:410000:4.2|priya@priyacooks.in|IN|hi|food,recipes,vip|Replied to outreach
            Oliver Smith|LINKEDIN:oliver-smith-growth:18400:2.1|oliver@growthnotes.co.uk|GB|en|b2b,marketing|
            Isabela Costa|TIKTOK:isabelacosta:640000:11.3|isa@costa.com.br|BR|pt|beauty,humor|
            Ethan Brooks|YOUTUBE:ethanbrooksoutdoors:320000:3.8|ethan@brooksoutdoors.com|CA|en|outdoors,camping|
            Hanna Nowak|INSTAGRAM:hanna.nowak:39800:6.9||PL|pl|fashion,sustainable|
            Mateo Fernández|TIKTOK:mateoeats:215000:8.7|mateo@mateoeats.es|ES|es|food|
            Grace Kim|INSTAGRAM:gracekimstudio:97000:4.8,PINTEREST:gracekimstudio:122000:1.9|grace@kimstudio.kr|KR|ko|art,diy|
            Lars Jensen|YOUTUBE:larsbikes:145000:4.0|lars@larsbikes.dk|DK|da|cycling,outdoors|
            Amara Diallo|INSTAGRAM:amaradiallo:58000:7.2,TIKTOK:amaradiallo:88000:9.9|amara@diallo.sn|SN|fr|fashion,vip|
            Tom Hughes|X:tomhughes:230000:0.9|tom@hughes.ie|IE|en|tech,startups|
            Yuki Sato|TIKTOK:yukisato.art:510000:10.4||JP|ja|art|
            Laura Schmidt|INSTAGRAM:laura.schmidt.yoga:64000:5.5|laura@schmidtyoga.at|AT|de|wellness,yoga|Summer campaign
            Ravi Patel|YOUTUBE:ravipatelfinance:780000:3.5|ravi@moneywithravi.com|US|en|finance|
            Zoe Martin|TIKTOK:zoemartin:92000:12.1,INSTAGRAM:zoe.martin:41000:6.0|zoe@zoemartin.com.au|AU|en|travel,humor|
            Ahmed Hassan|INSTAGRAM:ahmedhassan.photo:156000:3.2|ahmed@hassanphoto.ae|AE|ar|photography,travel|
            Nina Petrova|YOUTUBE:ninapetrova:47000:5.9||BG|bg|beauty|
            Carlos Mendes|INSTAGRAM:carlosmendes.surf:83000:6.6|carlos@mendes.pt|PT|pt|surf,outdoors|
            Freya Olsen|TIKTOK:freyaolsen:27000:14.2|freya@olsen.no|NO|no|wellness|
            Samuel Adeyemi|YOUTUBE:samueltechng:260000:4.7|sam@adeyemi.tech|NG|en|tech,reviews|
            Julia Rossi|INSTAGRAM:julia.rossi.home:112000:3.9,PINTEREST:juliarossihome:230000:2.2|julia@rossihome.it|IT|it|interiors,home,vip|
            Ben Carter|TWITCH:bencarterlive:154000:6.1||US|en|gaming,esports|
            Leila Haddad|INSTAGRAM:leila.haddad:205000:4.5|leila@haddad.fr|FR|fr|beauty,fashion|Replied to outreach
            Kofi Mensah|TIKTOK:kofimensah:430000:8.1|kofi@mensah.gh|GH|en|comedy|
            Elena Popescu|INSTAGRAM:elenapopescu.eats:36000:7.4|elena@popescu.ro|RO|ro|food,recipes|
            Max Müller|YOUTUBE:maxmuellerdiy:198000:4.9|max@muellerdiy.de|DE|de|diy,home|
            Sara Ali|SNAPCHAT:saraali:75000:,INSTAGRAM:sara.ali:120000:5.0|sara@saraali.pk|PK|ur|beauty|
            Hugo Lefebvre|FACEBOOK:hugolefebvrecuisine:310000:1.8|hugo@lefebvre.fr|FR|fr|food|
            Mia Johansson|INSTAGRAM:miajohansson:22000:9.3||SE|sv|fashion,sustainable|
            Daniel Cohen|X:danielcohen:88000:1.4,LINKEDIN:daniel-cohen:31000:2.6|daniel@cohen.co.il|IL|he|tech,b2b|
            Ana Ruiz|TIKTOK:anaruizfit:275000:9.6|ana@ruizfit.co|CO|es|fitness|
            Ivy Nguyen|OTHER:ivyreads.blog::|ivy@ivyreads.blog|VN|vi|books|
            """;

    private final CreatorProfiles creators;
    private final CreatorPool pool;
    private final Clock clock;

    CreatorsDemoData(CreatorProfiles creators, CreatorPool pool, Clock clock) {
        this.creators = creators;
        this.pool = pool;
        this.clock = clock;
    }

    @ApplicationModuleListener(id = "creators-demo-data")
    void seed(DemoOrganizationCreated event) {
        if (creators.existsBy()) {
            return;
        }
        for (String line : CREATORS.strip().split("\n")) {
            String[] parts = line.split("\\|", -1);
            Creator creator = pool.build(new NewCreator(new Profile(parts[0], parts[3], parts[4], null, null),
                    handles(parts[1]), parts[2].isBlank() ? List.of() : List.of(parts[2]), Arrays.asList(parts[5].split(",")), null));
            if (!parts[6].isBlank()) {
                creator.startTracking(parts[6], clock.instant());
            }
            creators.save(creator);
        }
    }

    private static List<HandleDetails> handles(String text) {
        List<HandleDetails> handles = new ArrayList<>();
        for (String handle : text.split(",")) {
            String[] parts = handle.split(":", -1);
            handles.add(new HandleDetails(Platform.valueOf(parts[0]), parts[1], null,
                    parts[2].isBlank() ? null : Long.valueOf(parts[2]), parts[3].isBlank() ? null : new BigDecimal(parts[3])));
        }
        return handles;
    }
}
