package com.creatordesk.collaborations.tracking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local stand-in for the 17track API v2.2 (register, gettrackinfo): numbers it knows answer their status,
 * numbers marked invalid are rejected, and it can be told to rate limit (429) or fail (500) the next calls.
 */
final class FakeSeventeenTrack implements AutoCloseable {

    static final String KEY = "test-17track-key";
    private static final JsonMapper JSON = JsonMapper.shared();

    record Call(String path, String token, List<String> numbers) {
    }

    final Map<String, String> statuses = new ConcurrentHashMap<>();
    final Map<String, String> events = new ConcurrentHashMap<>();
    final Map<String, String> invalid = new ConcurrentHashMap<>();
    final List<String> registered = new CopyOnWriteArrayList<>();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile int failWith;

    private final HttpServer server;

    FakeSeventeenTrack() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/track/v2.2/register", exchange -> answer(exchange, true));
        server.createContext("/track/v2.2/gettrackinfo", exchange -> answer(exchange, false));
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/track/v2.2");
    }

    SeventeenTrackClient client() {
        return new SeventeenTrackClient(baseUrl(), KEY);
    }

    private void answer(HttpExchange exchange, boolean register) throws IOException {
        String token = exchange.getRequestHeaders().getFirst("17token");
        List<String> numbers = new ArrayList<>();
        JSON.readTree(exchange.getRequestBody().readAllBytes()).forEach(item -> numbers.add(item.path("number").asString()));
        calls.add(new Call(exchange.getRequestURI().getPath(), token, numbers));
        if (failWith != 0) {
            send(exchange, failWith, "{\"code\":-1}");
            return;
        }
        if (!KEY.equals(token)) {
            send(exchange, 200, "{\"code\":401,\"data\":{\"errors\":[{\"code\":-18010002,\"message\":\"Invalid access key.\"}]}}");
            return;
        }
        List<Map<String, Object>> accepted = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (String number : numbers) {
            if (invalid.containsKey(number)) {
                rejected.add(Map.of("number", number, "error", Map.of("code", -18019903, "message", invalid.get(number))));
            } else if (register && registered.contains(number)) {
                rejected.add(Map.of("number", number, "error", Map.of("code", -18019901, "message", "The tracking number '" + number + "' has been registered.")));
            } else if (register) {
                registered.add(number);
                accepted.add(Map.of("number", number, "carrier", 100003));
            } else if (!registered.contains(number)) {
                rejected.add(Map.of("number", number, "error", Map.of("code", -18019902, "message", "The tracking number '" + number + "' does not register.")));
            } else {
                accepted.add(Map.of("number", number, "track_info", Map.of(
                        "latest_status", Map.of("status", statuses.getOrDefault(number, "NotFound"), "sub_status", ""),
                        "latest_event", Map.of("description", events.getOrDefault(number, ""), "time_iso", "2026-05-01T10:00:00Z"))));
            }
        }
        send(exchange, 200, JSON.writeValueAsString(Map.of("code", 0, "data", Map.of("accepted", accepted, "rejected", rejected))));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
