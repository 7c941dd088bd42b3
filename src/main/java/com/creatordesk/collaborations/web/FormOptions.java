package com.creatordesk.collaborations.web;

import com.creatordesk.collaborations.CancellationReason;
import com.creatordesk.creators.Platform;
import java.util.List;

/** Choices several forms offer, so every form offers the same ones. */
final class FormOptions {

    static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "CAD", "AUD", "JPY", "CHF", "SEK", "NOK", "DKK",
            "PLN", "BRL", "MXN", "INR", "SGD");
    static final List<String> POST_TYPES = List.of("Post", "Reel", "Story", "Video", "Short", "Live stream", "Carousel");
    static final List<String> PAYMENT_METHODS = List.of("Bank transfer", "PayPal", "Card", "Wise", "Gift card", "Product");
    static final List<Platform> PLATFORMS = List.of(Platform.values());
    static final List<CancellationReason> REASONS = List.of(CancellationReason.values());

    private FormOptions() {
    }

    static void addTo(org.springframework.ui.Model model) {
        model.addAttribute("currencies", CURRENCIES);
        model.addAttribute("postTypes", POST_TYPES);
        model.addAttribute("paymentMethods", PAYMENT_METHODS);
        model.addAttribute("platforms", PLATFORMS);
        model.addAttribute("reasons", REASONS);
    }
}
