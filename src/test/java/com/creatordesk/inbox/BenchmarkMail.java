package com.creatordesk.inbox;

/** Realistic-looking sample mail for benchmarks: threads of five, some with an HTML part, about 2 KB each. */
final class BenchmarkMail {

    private BenchmarkMail() {
    }

    static String message(int n) {
        int thread = n / 5;
        int position = n % 5;
        String id = "<bench-" + n + "@creator.test>";
        StringBuilder references = new StringBuilder();
        for (int p = 0; p < position; p++) {
            references.append(" <bench-").append(thread * 5 + p).append("@creator.test>");
        }
        String headers = "From: Creator " + thread + " <creator" + thread + "@creator.test>\nTo: " + OwnMailServer.TEAM
                + "\nSubject: " + (position == 0 ? "" : "Re: ") + "Partnership idea " + thread + "\nMessage-ID: " + id
                + "\nDate: Mon, 2 Mar 2026 10:00:00 +0000\n"
                + (position == 0 ? "" : "In-Reply-To: <bench-" + (n - 1) + "@creator.test>\nReferences:" + references + "\n");
        String text = ("Hello team, this is message " + n + " about our partnership. We would love to work together on "
                + "the autumn campaign, with two posts and a story.\n").repeat(12);
        if (n % 3 != 0) {
            return headers + "Content-Type: text/plain; charset=utf-8\n\n" + text;
        }
        return headers + "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=\"b" + n + "\"\n\n--b" + n
                + "\nContent-Type: text/plain; charset=utf-8\n\n" + text + "--b" + n
                + "\nContent-Type: text/html; charset=utf-8\n\n<p>" + text.replace("\n", "<br>") + "</p><img src=\"https://tracker.test/"
                + n + ".gif\">\n--b" + n + "--\n";
    }
}
