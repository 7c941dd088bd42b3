package com.creatordesk.identity.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignUpForm(
        @NotBlank(message = "Enter your organization's name.") @Size(max = 120, message = "Use at most 120 characters.") String organizationName,
        @NotBlank(message = "Enter your name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
        @NotBlank(message = "Enter your work email.") @Email(message = "Enter a valid email address.") @Size(max = 254) String email,
        String password) {

    static SignUpForm empty() {
        return new SignUpForm("", "", "", "");
    }
}
