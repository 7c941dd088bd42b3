package com.creatordesk.collaborations.tracking;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two calls of the 17track API v2.2 we use: register tracking numbers, and get their track info. Both
 * POST a JSON array of {"number": ...} with the key in the {@code 17token} header, and answer
 * {"code": 0, "data": {"accepted": [...], "rejected": [{"number", "error": {"code", "message"}}]}}.
 */
class SeventeenTrackClient {

    /** The most numbers 17track takes in one request. */
    static final int MAX_NUMBERS = 40;
    /** 17track's rejection for a number that is already registered: for us, that is success. */
    static final int ALREADY_REGISTERED = -18019901;

    private static final JsonMapper JSON = JsonMapper.shared();

    private final URI baseUrl;
    private final String apiKey;
    private final HttpClient http;

    SeventeenTrackClient(URI baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    TrackingAnswer<Boolean> register(List<String> numbers) {
        TrackingAnswer<Boolean> answer = call("register", numbers, accepted -> true);
        Map<String, String> rejected = new LinkedHashMap<>(answer.rejected());
        Map<String, Boolean> accepted = new LinkedHashMap<>(answer.accepted());
        answer.rejected().keySet().stream().filter(number -> rejected.get(number).startsWith(ALREADY_REGISTERED + ":"))
                .toList().forEach(number -> {
                    rejected.remove(number);
                    accepted.put(number, true);
                });
        return new TrackingAnswer<>(accepted, rejected);
    }

    TrackingAnswer<TrackingAnswer.Latest> trackInfo(List<String> numbers) {
        return call("gettrackinfo", numbers, accepted -> {
            JsonNode info = accepted.path("track_info");
            String status = info.path("latest_status").path("status").asString(null);
            String description = info.path("latest_event").path("description").asString(null);
            return new TrackingAnswer.Latest(TrackingAnswer.statusOf(status), description);
        });
    }

    private <T> TrackingAnswer<T> call(String operation, List<String> numbers, Function<JsonNode, T> read) {
        if (numbers.size() > MAX_NUMBERS) {
            throw new IllegalArgumentException("at most " + MAX_NUMBERS + " numbers per request");
        }
        JsonNode body = send(operation, JSON.writeValueAsString(numbers.stream().map(number -> Map.of("number", number)).toList()));
        if (body.path("code").asInt(-1) != 0) {
            throw new TrackingServiceException("The tracking service refused the request (code " + body.path("code").asString("?") + ").");
        }
        Map<String, T> accepted = new LinkedHashMap<>();
        for (JsonNode item : body.path("data").path("accepted")) {
            accepted.put(item.path("number").asString(""), read.apply(item));
        }
        Map<String, String> rejected = new LinkedHashMap<>();
        for (JsonNode item : body.path("data").path("rejected")) {
            JsonNode error = item.path("error");
            rejected.put(item.path("number").asString(""), error.path("code").asInt(0) + ": " + error.path("message").asString("rejected"));
        }
        return new TrackingAnswer<>(accepted, rejected);
    }

    private JsonNode send(String operation, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl.toString().replaceAll("/+$", "") + "/" + operation))
                .timeout(Duration.ofSeconds(30))
                .header("17token", apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new TrackingServiceException("Could not reach the tracking service: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrackingServiceException("Interrupted while calling the tracking service.", e);
        }
        if (response.statusCode() == 429) {
            throw new TrackingServiceException.RateLimited();
        }
        if (response.statusCode() != 200) {
            throw new TrackingServiceException("The tracking service answered HTTP " + response.statusCode() + ".");
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new TrackingServiceException("The tracking service sent an answer we could not read.", e);
        }
    }
}
