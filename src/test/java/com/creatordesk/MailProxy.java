package com.creatordesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy to a mail server that can cut every connection once the server has sent so many bytes, or make
 * every answer of the server arrive late (a slow or distant server).
 */
public final class MailProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicInteger drops = new AtomicInteger();
    private volatile long dropAfter = Long.MAX_VALUE;
    private volatile long delayMillis;

    public MailProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "mail-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Cuts all connections once the server has sent {@code bytes} more bytes; once. */
    public void dropOnceAfter(long bytes) {
        sent.set(0);
        dropAfter = bytes;
    }

    public int drops() {
        return drops.get();
    }

    /** Holds each answer of the server this long before passing it on. */
    public void delayAnswers(Duration delay) {
        delayMillis = delay.toMillis();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(target);
                pump(client, target, false);
                pump(target, client, true);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (fromServer && delayMillis > 0) {
                        Thread.sleep(delayMillis);
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                    if (fromServer && sent.addAndGet(read) > dropAfter) {
                        dropAfter = Long.MAX_VALUE;
                        drops.incrementAndGet();
                        dropAll();
                    }
                }
            } catch (IOException closed) {
                // either side went away
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                quietly(from);
                quietly(to);
            }
        }, "mail-proxy-pump");
        pump.setDaemon(true);
        pump.start();
    }

    private void dropAll() {
        open.forEach(MailProxy::quietly);
        open.clear();
    }

    private static void quietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropAll();
    }
}
