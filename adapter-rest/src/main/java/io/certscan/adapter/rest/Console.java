package io.certscan.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web console at {@code /}: one page, its script and its style, all from the jar (the machine
 * may be offline; nothing is fetched from elsewhere, which the Content-Security-Policy enforces).
 */
final class Console
{
    static final String SCRIPT_PATH = "/console/console.js";
    static final String STYLE_PATH = "/console/console.css";
    private static final byte[] PAGE = resource("console/index.html");
    private static final byte[] SCRIPT = resource("console/console.js");
    private static final byte[] STYLE = resource("console/console.css");
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Console() {}

    static void serve(HttpExchange exchange, String path)
    {
        exchange.setHeader("Content-Security-Policy", POLICY);
        exchange.setHeader("X-Content-Type-Options", "nosniff");
        exchange.setHeader("Cache-Control", "no-cache");
        switch (path) {
            case SCRIPT_PATH -> exchange.send(200, "text/javascript; charset=utf-8", SCRIPT, false);
            case STYLE_PATH -> exchange.send(200, "text/css; charset=utf-8", STYLE, false);
            default -> exchange.send(200, "text/html; charset=utf-8", PAGE, false);
        }
    }

    private static byte[] resource(String name)
    {
        try (InputStream input = Console.class.getResourceAsStream(name)) {
            if (input == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return input.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
