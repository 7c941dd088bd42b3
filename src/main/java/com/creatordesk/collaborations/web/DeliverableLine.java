package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.domain.Deliverable;
import com.creatordesk.creators.Platform;

/** One deliverable line of the form, as typed; a line with no post type, quantity or requirements is ignored. */
record DeliverableLine(String platform, String postType, String quantity, String requirements) {

    static DeliverableLine empty() {
        return new DeliverableLine(Platform.INSTAGRAM.name(), "", "", "");
    }

    static DeliverableLine of(Deliverable deliverable) {
        return new DeliverableLine(deliverable.platform().name(), deliverable.postType(),
                Integer.toString(deliverable.quantity()), deliverable.requirements() == null ? "" : deliverable.requirements());
    }

    boolean isBlank() {
        return FormValues.blank(postType) && FormValues.blank(quantity) && FormValues.blank(requirements);
    }

    /** The deliverable; an unreadable quantity reads as 0, which the rules refuse with their message. */
    Deliverable toDeliverable() {
        int count;
        try {
            count = FormValues.blank(quantity) ? 1 : Integer.parseInt(quantity.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        return new Deliverable(Platform.parse(platform).orElse(null), postType, count, requirements);
    }
}
