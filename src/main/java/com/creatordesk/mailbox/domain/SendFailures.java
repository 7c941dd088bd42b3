package com.creatordesk.mailbox.domain;

import com.creatordesk.mailbox.SendResult;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sorts a failed send into temporary and permanent by the SMTP reply code (4xx may work later, 5xx won't),
 * keeping the server's words. Failures without a reply code — the connection, the sign-in — are temporary:
 * the recipient is not the problem.
 */
final class SendFailures {

    private SendFailures() {
    }

    static SendResult classify(MessagingException failure, String messageId, MailServer server) {
        int code = 0;
        String words = null;
        for (Throwable current : ConnectionProblems.causes(failure)) {
            int found = replyCode(current);
            // among several refused recipients, a permanent refusal decides
            if (found > code) {
                code = found;
                words = current.getMessage().strip();
            }
        }
        if (code >= 500) {
            return SendResult.permanentFailure(messageId, code, words);
        }
        if (code >= 400) {
            return SendResult.temporaryFailure(messageId, code, words);
        }
        return SendResult.temporaryFailure(messageId, 0,
                ConnectionProblems.describe("SMTP", server, failure, MailConnections.DEFAULT_TIMEOUT));
    }

    private static int replyCode(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return 0;
    }
}
