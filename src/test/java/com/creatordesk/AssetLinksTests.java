package com.creatordesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.creatordesk.AssetLinks.VersionedAssetLinks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssetLinksTests {

    @Test
    void onlyLinksToAssetsAreVersionedEachLookedUpOnce() {
        List<String> asked = new ArrayList<>();
        VersionedAssetLinks links = new VersionedAssetLinks(path -> { // the resource chain, knowing one file
            asked.add(path);
            return path.equals("/assets/js/app.js") ? "/assets/js/app-0123.js" : null;
        });

        assertThat(links.versioned("", "/assets/js/app.js")).isEqualTo("/assets/js/app-0123.js");
        assertThat(links.versioned("", "/assets/js/app.js")).isEqualTo("/assets/js/app-0123.js");
        assertThat(links.versioned("/cd", "/cd/assets/js/app.js?x=1#top")).isEqualTo("/cd/assets/js/app-0123.js?x=1#top");
        assertThat(links.versioned("", "/assets/js/missing.js")).as("no such file").isEqualTo("/assets/js/missing.js");
        assertThat(links.versioned("", "/creators/assets/js/app.js")).isEqualTo("/creators/assets/js/app.js");
        assertThat(links.versioned("", "/creators?q=assets")).isEqualTo("/creators?q=assets");
        assertThat(links.versioned("/cd", "/assets/js/app.js")).as("outside the app's context path").isEqualTo("/assets/js/app.js");
        assertThat(asked).containsExactly("/assets/js/app.js", "/assets/js/missing.js");
    }
}
