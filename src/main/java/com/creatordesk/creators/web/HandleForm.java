package com.creatordesk.creators.web;

import com.creatordesk.creators.Platform;
import com.creatordesk.creators.domain.CreatorHandle;
import com.creatordesk.creators.domain.HandleDetails;

/** A platform handle as typed: figures stay text until they are read, so a typo is shown, not lost. */
record HandleForm(Platform platform, String handle, String profileUrl, String followers, String engagementRate) {

    static HandleForm empty() {
        return new HandleForm(Platform.INSTAGRAM, "", "", "", "");
    }

    static HandleForm of(CreatorHandle handle) {
        return new HandleForm(handle.getPlatform(), handle.getHandle(), handle.getProfileUrl(),
                handle.getFollowers() == null ? "" : handle.getFollowers().toString(),
                handle.getEngagementRate() == null ? "" : handle.getEngagementRate().toPlainString());
    }

    boolean isBlank() {
        return handle == null || handle.isBlank();
    }

    /** @param prefix the form path of this handle (“handles[0].” or “”) for problems with a figure */
    HandleDetails details(String prefix) {
        return new HandleDetails(platform == null ? Platform.OTHER : platform, handle, profileUrl,
                FormProblems.whole(prefix + "followers", followers),
                FormProblems.percentage(prefix + "engagementRate", engagementRate));
    }
}
