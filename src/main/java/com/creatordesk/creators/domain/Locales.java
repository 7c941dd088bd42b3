package com.creatordesk.creators.domain;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Countries (ISO 3166 alpha-2, “DE”) and languages (ISO 639-1, “de”) as a creator's profile stores them,
 * named in English on screen. Imports may name them either way (“Germany” or “DE”).
 */
public final class Locales {

    public record Option(String code, String name) {
    }

    public static final List<Option> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Option(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Option::name))
            .toList();

    public static final List<Option> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .map(code -> new Option(code, new Locale(code).getDisplayLanguage(Locale.ENGLISH)))
            .filter(option -> !option.name().equals(option.code()))
            .sorted(Comparator.comparing(Option::name))
            .toList();

    private static final Map<String, String> COUNTRY_NAMES = byName(COUNTRIES);
    private static final Map<String, String> LANGUAGE_NAMES = byName(LANGUAGES);

    private Locales() {
    }

    /** The country code for “DE”, “de” or “Germany”; empty for blank input, absent when unknown. */
    public static Optional<String> countryCode(String input) {
        return code(input, COUNTRIES, COUNTRY_NAMES, code -> code.toUpperCase(Locale.ROOT));
    }

    public static Optional<String> languageCode(String input) {
        return code(input, LANGUAGES, LANGUAGE_NAMES, code -> code.toLowerCase(Locale.ROOT));
    }

    public static String countryName(String code) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }

    public static String languageName(String code) {
        return code == null ? "" : new Locale(code).getDisplayLanguage(Locale.ENGLISH);
    }

    private static Optional<String> code(String input, List<Option> options, Map<String, String> names,
            Function<String, String> casing) {
        if (input == null || input.isBlank()) {
            return Optional.of("");
        }
        String text = input.strip();
        String asCode = casing.apply(text);
        if (options.stream().anyMatch(option -> option.code().equals(asCode))) {
            return Optional.of(asCode);
        }
        return Optional.ofNullable(names.get(text.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> byName(List<Option> options) {
        return options.stream().collect(Collectors.toMap(option -> option.name().toLowerCase(Locale.ROOT),
                Option::code, (first, second) -> first));
    }
}
