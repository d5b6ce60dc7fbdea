package io.certscan.application.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The configuration records of one program, each built from the settings and checked before
 * anything starts. A module asks for its own record by binding it to {@link ConfigProvider#of};
 * the bootstrap finds those bindings, builds every record they name (all problems reported
 * together) and binds this. Hosts and tests that wire a module without the bootstrap bind
 * {@link #of} the records they made.
 */
public interface Configurations
{
    /**
     * @throws IllegalStateException when the program was not given that record
     */
    <T extends Record> T get(Class<T> type);

    /** The given records, one of each type. */
    static Configurations of(Record... records)
    {
        Map<Class<?>, Record> byType = new LinkedHashMap<>();
        Arrays.stream(records).forEach(record -> {
            requireNonNull(record, "record is null");
            if (byType.put(record.getClass(), record) != null) {
                throw new IllegalArgumentException("two " + record.getClass().getSimpleName() + " records");
            }
        });
        return new Configurations()
        {
            @Override
            public <T extends Record> T get(Class<T> type)
            {
                Record record = byType.get(type);
                if (record == null) {
                    throw new IllegalStateException("no " + type.getSimpleName() + " was configured; configured: " + byType.keySet().stream().map(Class::getSimpleName).toList());
                }
                return type.cast(record);
            }

            @Override
            public String toString()
            {
                return byType.values().toString();
            }
        };
    }
}
