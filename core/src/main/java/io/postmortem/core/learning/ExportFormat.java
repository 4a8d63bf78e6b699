package io.postmortem.core.learning;

import io.postmortem.core.shared.ValidationException;

import java.util.Locale;

/** The formats a postmortem can be exported in, with what a download needs to know. */
public enum ExportFormat {
    MARKDOWN("text/markdown;charset=UTF-8", ".md"),
    CONFLUENCE("application/xhtml+xml;charset=UTF-8", ".xml"),
    HTML("text/html;charset=UTF-8", ".html");

    private final String contentType;
    private final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("format", "Required: markdown, confluence or html.");
        }
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ValidationException("format", "Unknown format " + text + "; use markdown, confluence or html.");
        }
    }
}
