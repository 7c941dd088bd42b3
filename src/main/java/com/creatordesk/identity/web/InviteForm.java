package com.creatordesk.identity.web;

import com.creatordesk.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record InviteForm(
        @NotBlank(message = "Enter the email address to invite.") @Email(message = "Enter a valid email address.") @Size(max = 254) String email,
        @NotNull(message = "Choose a role.") Role role) {

    static InviteForm empty() {
        return new InviteForm("", Role.MEMBER);
    }
}
