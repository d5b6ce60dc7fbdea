package io.certscan.bootstrap.config;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** Every problem found in the configuration, reported together so one run shows them all. */
public final class ConfigurationException
        extends IllegalArgumentException
{
    private final List<String> problems;

    public ConfigurationException(List<String> problems)
    {
        super(format(problems));
        this.problems = List.copyOf(requireNonNull(problems, "problems is null"));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration exception needs at least one problem");
        }
    }

    public List<String> problems()
    {
        return problems;
    }

    private static String format(List<String> problems)
    {
        StringBuilder message = new StringBuilder("invalid configuration (")
                .append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
        for (String problem : problems) {
            message.append("\n  - ").append(problem);
        }
        return message.toString();
    }
}
