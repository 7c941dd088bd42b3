package com.creatordesk.creators.web;

import com.creatordesk.creators.Platform;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Quick Add: a platform and handle, and an email address if known. */
record QuickAddForm(
        @NotNull(message = "Choose a platform.") Platform platform,
        @NotBlank(message = "Enter the handle.") String handle,
        String email) {

    static QuickAddForm withEmail(String email) {
        return new QuickAddForm(Platform.INSTAGRAM, "", email == null ? "" : email);
    }
}
