package com.creatordesk.collaborations.domain;

import com.creatordesk.creators.Platform;

/**
 * One line of what the creator will produce, such as 2 TikTok videos with the talking points to cover.
 * Stored as JSON inside the collaboration.
 */
public record Deliverable(Platform platform, String postType, int quantity, String requirements) {

    public static final int MAX_POST_TYPE = 60;
    public static final int MAX_REQUIREMENTS = 1000;

    public Deliverable {
        postType = postType == null ? "" : postType.strip();
        requirements = requirements == null || requirements.isBlank() ? null : requirements.strip();
    }

    /** "2 × TikTok video", followed by the requirements when there are any. */
    public String describe() {
        String line = quantity + " × " + platform.label() + " " + postType;
        return requirements == null ? line : line + " (" + requirements + ")";
    }

    String problem() {
        if (platform == null) {
            return "Choose the platform of each deliverable.";
        }
        if (postType.isEmpty()) {
            return "Enter the post type of each deliverable, for example Reel or video.";
        }
        if (postType.length() > MAX_POST_TYPE) {
            return "Keep the post type under " + MAX_POST_TYPE + " characters.";
        }
        if (quantity < 1 || quantity > 1000) {
            return "Enter a quantity from 1 to 1000.";
        }
        if (requirements != null && requirements.length() > MAX_REQUIREMENTS) {
            return "Keep the requirements under " + MAX_REQUIREMENTS + " characters.";
        }
        return null;
    }
}
