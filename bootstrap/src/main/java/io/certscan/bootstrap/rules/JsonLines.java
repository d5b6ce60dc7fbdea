package io.certscan.bootstrap.rules;

/**
 * Finds the line of a JSON text where the value at a path ({@code $.types[2].checks[0].field}, as
 * Moshi writes paths) starts, so that an error in a rule pack names its line. A small scanner of
 * its own: Moshi reads values but does not count lines.
 */
final class JsonLines
{
    private JsonLines() {}

    /** The 1-based line of the value at {@code path}, or 0 when the text has no such value (or breaks off before it). */
    static int lineOf(String json, String path)
    {
        int line = 1;
        // Per open container: is it an object, its current key or index.
        java.util.ArrayDeque<Frame> frames = new java.util.ArrayDeque<>();
        boolean expectKey = false;
        int i = 0;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == ':' ) {
                i++;
                continue;
            }
            if (c == ',') {
                Frame top = frames.peek();
                if (top != null) {
                    if (top.object) {
                        expectKey = true;
                    }
                    else {
                        top.index++;
                    }
                }
                i++;
                continue;
            }
            if (c == '}' || c == ']') {
                frames.pop();
                expectKey = false;
                i++;
                continue;
            }
            if (c == '"' && expectKey) {
                int end = endOfString(json, i);
                frames.peek().key = json.substring(i + 1, Math.max(i + 1, end - 1));
                expectKey = false;
                i = end;
                continue;
            }
            // A value starts here.
            if (path(frames).equals(path)) {
                return line;
            }
            if (c == '{' || c == '[') {
                Frame frame = new Frame(c == '{');
                frames.push(frame);
                expectKey = frame.object;
                i++;
                continue;
            }
            if (c == '"') {
                i = endOfString(json, i);
                continue;
            }
            while (i < json.length() && ",}] \t\r\n".indexOf(json.charAt(i)) < 0) {
                i++;
            }
        }
        return 0;
    }

    private static final class Frame
    {
        final boolean object;
        String key = "";
        int index;

        Frame(boolean object)
        {
            this.object = object;
        }
    }

    private static String path(java.util.ArrayDeque<Frame> frames)
    {
        StringBuilder path = new StringBuilder("$");
        java.util.Iterator<Frame> outermostFirst = frames.descendingIterator();
        while (outermostFirst.hasNext()) {
            Frame frame = outermostFirst.next();
            if (frame.object) {
                path.append('.').append(frame.key);
            }
            else {
                path.append('[').append(frame.index).append(']');
            }
        }
        return path.toString();
    }

    /** The index just after the string literal that starts at {@code start}. */
    private static int endOfString(String json, int start)
    {
        int i = start + 1;
        while (i < json.length()) {
            char c = json.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '"') {
                return i + 1;
            }
            i++;
        }
        return json.length();
    }
}
