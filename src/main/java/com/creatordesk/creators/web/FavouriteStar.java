package com.creatordesk.creators.web;

import java.util.UUID;

/**
 * The member's favourite star on a creator, as the star button shows it. Its words are put together here
 * rather than in the template: lists show a star on every row, and each expression a row evaluates counts.
 */
public record FavouriteStar(UUID creatorId, String creatorName, boolean on) {

    /** The button's classes. */
    public String css() {
        return on ? "icon-button star on" : "icon-button star";
    }

    /** What a screen reader announces: the action, naming the creator. */
    public String label() {
        return on ? "Remove " + creatorName + " from favourites" : "Add " + creatorName + " to favourites";
    }

    /** The tooltip. */
    public String title() {
        return on ? "Remove from favourites" : "Add to favourites";
    }

    /** The icon in the sprite. */
    public String icon() {
        return on ? "#star-filled" : "#star";
    }
}
