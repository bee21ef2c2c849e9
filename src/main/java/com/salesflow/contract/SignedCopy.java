package com.salesflow.contract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** The signed copy of a contract: a PDF, JPEG or PNG file of at most {@link #MAX_BYTES}. */
public record SignedCopy(String fileName, String contentType, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /**
     * The type of a file by its first bytes, not by what the client claims: browsers and scripts send
     * {@code application/octet-stream} as often as not, and a renamed text file is no PDF. Empty for anything but
     * PDF, JPEG and PNG.
     */
    public static Optional<String> contentTypeOf(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** The file name extension of one of the three types, dot included. */
    public static String extensionOf(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            default -> ".png";
        };
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
