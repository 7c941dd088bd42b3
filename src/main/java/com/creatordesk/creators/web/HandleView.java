package com.creatordesk.creators.web;

import com.creatordesk.creators.HandleSummary;
import java.util.Locale;

/** A handle as the screens show it: “Instagram”, “@jane”, its link and followers. */
public record HandleView(String platform, String css, String handle, String profileUrl, String followers) {

    static HandleView of(HandleSummary handle) {
        return new HandleView(handle.platform().label(), handle.platform().name().toLowerCase(Locale.ROOT),
                "@" + handle.handle(), handle.profileUrl(), Figures.followers(handle.followers()));
    }
}
