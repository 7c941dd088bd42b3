package com.creatordesk.inbox.domain.mime;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a part's type, name and content the lenient way: a broken Content-Type, an unknown charset or
 * damaged base64 give what can be read plus a note in {@code problems}, never an exception.
 */
final class PartContent {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PartContent() {
    }

    /** The base type in lower case ({@code text/plain}); RFC 2045's default when the header is missing or broken. */
    static String baseType(Part part) {
        String header = header(part, "Content-Type");
        if (header == null || header.isBlank()) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            String base = header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            return base.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? base : "application/octet-stream";
        }
    }

    static String parameter(Part part, String name) {
        String header = header(part, "Content-Type");
        if (header == null) {
            return null;
        }
        try {
            return new ContentType(header).getParameter(name);
        } catch (ParseException e) {
            return null;
        }
    }

    static boolean isAttachment(Part part) {
        String header = header(part, "Content-Disposition");
        if (header == null) {
            return false;
        }
        try {
            return "attachment".equalsIgnoreCase(new ContentDisposition(header).getDisposition());
        } catch (ParseException e) {
            return header.toLowerCase(Locale.ROOT).startsWith("attachment");
        }
    }

    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MimeUtility.decodeText(name).strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /** The part's text in its declared charset; an unknown one falls back to UTF-8 or Windows-1252. */
    static String text(Part part, List<String> problems) {
        byte[] bytes = bytes(part, problems);
        String declared = charsetName(part);
        if (declared != null) {
            try {
                return new String(bytes, Charset.forName(MimeUtility.javaCharset(declared)));
            } catch (IllegalArgumentException unknown) {
                problems.add("Unknown character set \"" + shorten(declared) + "\"; the text is shown as best we could.");
            }
        }
        return guess(bytes);
    }

    /** The decoded bytes; damaged base64 is decoded as far as it goes. */
    static byte[] bytes(Part part, List<String> problems) {
        try (InputStream in = part.getInputStream()) {
            byte[] decoded = in.readAllBytes();
            if ("base64".equalsIgnoreCase(encoding(part)) && !isCleanBase64(raw(part))) {
                // the decoder skips what it can't read; say so, the text may be cut or garbled
                problems.add("A part of the message was damaged in transit; what could be read is shown.");
            }
            return decoded;
        } catch (IOException | MessagingException | RuntimeException e) {
            byte[] raw = raw(part);
            if (raw == null) {
                problems.add("A part of the message could not be read (" + shorten(String.valueOf(e.getMessage())) + ").");
                return new byte[0];
            }
            problems.add("A part of the message was damaged in transit; what could be read is shown.");
            return "base64".equalsIgnoreCase(encoding(part)) ? lenientBase64(raw) : raw;
        }
    }

    /** How many bytes the part holds once decoded, without keeping them. */
    static long size(Part part, List<String> problems) {
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
            }
            return total;
        } catch (IOException | MessagingException | RuntimeException e) {
            return bytes(part, problems).length;
        }
    }

    static String header(Part part, String name) {
        try {
            String[] values = part.getHeader(name);
            return values == null || values.length == 0 ? null : values[0];
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String charsetName(Part part) {
        String header = header(part, "Content-Type");
        if (header == null) {
            return null;
        }
        Matcher matcher = CHARSET.matcher(header);
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String guess(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String encoding(Part part) {
        String header = header(part, "Content-Transfer-Encoding");
        return header == null ? "" : header.strip();
    }

    private static byte[] raw(Part part) {
        try {
            if (part instanceof MimeBodyPart body) {
                return body.getRawInputStream().readAllBytes();
            }
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream().readAllBytes();
            }
        } catch (IOException | MessagingException | RuntimeException unreadable) {
            return null;
        }
        return null;
    }

    private static boolean isCleanBase64(byte[] raw) {
        if (raw == null) {
            return true;
        }
        for (byte b : raw) {
            char c = (char) (b & 0xff);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+'
                    || c == '/' || c == '=' || c == '\r' || c == '\n' || c == ' ' || c == '\t';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static byte[] lenientBase64(byte[] raw) {
        StringBuilder clean = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        int usable = clean.length() - clean.length() % 4;
        return Base64.getDecoder().decode(clean.substring(0, usable));
    }

    static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
