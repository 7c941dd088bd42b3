package com.creatordesk.mailbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server for tests: refuses recipients starting with "busy" (451) or "nobody" (550), refuses
 * those starting with "flaky" once (451) and accepts them afterwards, and can hang up (421) after a number
 * of accepted messages on a connection. Counts connections.
 */
public final class SmtpStub implements AutoCloseable {

    private final ServerSocket server;
    private final int hangUpAfter;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

    public SmtpStub(int hangUpAfter) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.hangUpAfter = hangUpAfter;
        Thread acceptor = new Thread(this::acceptAll, "smtp-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public int connections() {
        return connections.get();
    }

    /** The raw DATA of every accepted message, in order. */
    public List<String> accepted() {
        return accepted;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread session = new Thread(() -> converse(socket), "smtp-stub-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter out = new PrintWriter(socket.getOutputStream(), true, StandardCharsets.UTF_8)) {
            reply(out, "220 stub ESMTP");
            int messages = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO")) {
                    reply(out, "250-stub\r\n250 8BITMIME");
                } else if (command.startsWith("RCPT TO:<BUSY")) {
                    reply(out, "451 4.2.1 Mailbox busy, try again later");
                } else if (command.startsWith("RCPT TO:<FLAKY") && refusedOnce.add(command)) {
                    reply(out, "451 4.3.0 Temporary local problem, try again later");
                } else if (command.startsWith("RCPT TO:<NOBODY")) {
                    reply(out, "550 5.1.1 No such user here");
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 go ahead");
                    StringBuilder data = new StringBuilder();
                    while (!(line = in.readLine()).equals(".")) {
                        data.append(line).append("\n");
                    }
                    messages++;
                    if (messages == hangUpAfter) {
                        reply(out, "421 4.7.0 Too many messages on one connection, closing");
                        return;
                    }
                    accepted.add(data.toString());
                    reply(out, "250 2.0.0 queued");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 bye");
                    return;
                } else {
                    reply(out, "250 OK");
                }
            }
        } catch (IOException | NullPointerException hungUp) {
            // the client went away
        }
    }

    private static void reply(PrintWriter out, String text) {
        out.print(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
