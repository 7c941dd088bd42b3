package com.creatordesk.inbox.domain.mime;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads address headers leniently: a header no parser accepts still yields the addresses written in it. */
final class Addresses {

    record Named(String address, String name) {
    }

    private static final Pattern LOOSE = Pattern.compile("[^\\s<>,;:\"()\\[\\]]+@[^\\s<>,;:\"()\\[\\]]+");
    private static final int MAX_ADDRESS = 320;
    private static final int MAX_NAME = 200;

    private Addresses() {
    }

    static List<Named> parse(String[] headers) {
        Map<String, Named> found = new LinkedHashMap<>();
        if (headers == null) {
            return List.of();
        }
        for (String header : headers) {
            for (Named named : parse(header)) {
                found.putIfAbsent(named.address(), named);
            }
        }
        return new ArrayList<>(found.values());
    }

    static List<String> addressesOf(String[] headers) {
        return parse(headers).stream().map(Named::address).toList();
    }

    private static List<Named> parse(String header) {
        List<Named> parsed = new ArrayList<>();
        try {
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                String email = normalize(address.getAddress());
                if (email != null) {
                    parsed.add(new Named(email, name(address.getPersonal())));
                }
            }
            return parsed;
        } catch (AddressException | RuntimeException unparseable) {
            Matcher matcher = LOOSE.matcher(header);
            while (matcher.find()) {
                String email = normalize(matcher.group());
                if (email != null) {
                    parsed.add(new Named(email, null));
                }
            }
            return parsed;
        }
    }

    private static String normalize(String address) {
        if (address == null) {
            return null;
        }
        String email = address.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || email.indexOf('@') <= 0 || email.length() > MAX_ADDRESS) {
            return null;
        }
        return email;
    }

    private static String name(String personal) {
        if (personal == null || personal.isBlank()) {
            return null;
        }
        String name = personal.strip().replaceAll("[\\r\\n\\t]+", " ");
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
