package io.certscan.contract;

import com.squareup.moshi.JsonReader;
import okio.Buffer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JSON into maps, lists and strings, numbers kept as their exact text, for structural comparison. */
final class JsonTree
{
    private JsonTree() {}

    static Object parse(String json)
            throws IOException
    {
        try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
            return read(reader);
        }
    }

    private static Object read(JsonReader reader)
            throws IOException
    {
        return switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                reader.beginObject();
                while (reader.hasNext()) {
                    object.put(reader.nextName(), read(reader));
                }
                reader.endObject();
                yield object;
            }
            case BEGIN_ARRAY -> {
                List<Object> array = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader));
                }
                reader.endArray();
                yield array;
            }
            case NUMBER -> "number:" + reader.nextString();
            case STRING -> reader.nextString();
            case BOOLEAN -> reader.nextBoolean();
            case NULL -> reader.nextNull();
            default -> throw new IllegalStateException("unexpected " + reader.peek());
        };
    }
}
