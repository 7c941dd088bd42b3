package com.creatordesk.creators.web;

import jakarta.validation.constraints.Size;

/** The small forms of the creator page. */
final class CreatorForms {

    private CreatorForms() {
    }

    record NotesForm(@Size(max = 10_000, message = "Use at most 10,000 characters.") String notes) {
    }

    record TagsForm(@Size(max = 2_000, message = "Use at most 2,000 characters.") String tags) {
    }

    record TrackingForm(@Size(max = 200, message = "Use at most 200 characters.") String reason) {
    }

    record EmailForm(String address, Boolean primary) {

        static EmailForm empty() {
            return new EmailForm("", false);
        }

        boolean makePrimary() {
            return Boolean.TRUE.equals(primary);
        }
    }

    record ProfileForm(String displayName, String country, String language, String avatarUrl, String bio) {
    }
}
