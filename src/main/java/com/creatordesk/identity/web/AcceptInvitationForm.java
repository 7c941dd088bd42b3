package com.creatordesk.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record AcceptInvitationForm(
        @NotBlank(message = "Enter your name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        String password,
        String confirmPassword) {
}
