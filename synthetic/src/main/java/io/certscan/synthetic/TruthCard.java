package io.certscan.synthetic;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/** What a generated certificate says: its title and its fields as printed, in reading order. */
public record TruthCard(String title, Map<String, String> fields)
{
    public TruthCard
    {
        requireNonNull(title, "title is null");
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
