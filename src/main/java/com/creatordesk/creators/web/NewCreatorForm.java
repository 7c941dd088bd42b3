package com.creatordesk.creators.web;

import com.creatordesk.creators.domain.HandleDetails;
import com.creatordesk.creators.domain.NewCreator;
import com.creatordesk.creators.domain.Profile;
import com.creatordesk.creators.domain.Tags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** New creator (the full form): profile, up to {@value #HANDLE_ROWS} handles, a primary and other emails, tags, notes. */
record NewCreatorForm(String displayName, List<HandleForm> handles, String email, String otherEmails, String country,
        String language, String avatarUrl, String bio, String tags, String notes) {

    static final int HANDLE_ROWS = 3;

    NewCreatorForm {
        List<HandleForm> rows = new ArrayList<>(handles == null ? List.of() : handles);
        while (rows.size() < HANDLE_ROWS) {
            rows.add(HandleForm.empty());
        }
        handles = rows;
    }

    static NewCreatorForm empty() {
        return new NewCreatorForm("", List.of(), "", "", "", "", "", "", "", "");
    }

    NewCreator draft() {
        List<Integer> rows = filledRows();
        List<HandleDetails> entered = IntStream.range(0, rows.size())
                .mapToObj(position -> handles.get(rows.get(position)).details("handles[" + position + "]."))
                .toList();
        List<String> emails = new ArrayList<>();
        if (email != null && !email.isBlank()) {
            emails.add(email);
        }
        if (otherEmails != null) {
            Arrays.stream(otherEmails.split("[,;\\s]+")).filter(address -> !address.isBlank()).forEach(emails::add);
        }
        return new NewCreator(new Profile(displayName, country, language, avatarUrl, bio), entered, emails,
                Tags.parse(tags), notes);
    }

    /** Where a problem the pool reports by position (“handles[1]”, “emails[0]”) is shown on this form. */
    String field(String reported) {
        if (reported.startsWith("handles[")) {
            int position = Integer.parseInt(reported.substring(8, reported.indexOf(']')));
            String rest = reported.substring(reported.indexOf(']') + 1);
            int row = filledRows().isEmpty() ? 0 : filledRows().get(Math.min(position, filledRows().size() - 1));
            return "handles[" + row + "]" + (rest.isEmpty() ? ".handle" : rest);
        }
        if (reported.startsWith("emails[")) {
            boolean hasPrimary = email != null && !email.isBlank();
            return reported.equals("emails[0]") && hasPrimary ? "email" : "otherEmails";
        }
        return reported;
    }

    private List<Integer> filledRows() {
        return IntStream.range(0, handles.size()).filter(row -> !handles.get(row).isBlank()).boxed().toList();
    }
}
