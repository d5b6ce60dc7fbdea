package io.certscan.domain.identifier;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The verdict on one identifier: the value as checked (normalised) and what is wrong with it, if anything. */
public record IdentifierCheck(IdentifierKind kind, String value, List<IdentifierProblem> problems)
{
    public IdentifierCheck
    {
        requireNonNull(kind, "kind is null");
        requireNonNull(value, "value is null");
        problems = List.copyOf(requireNonNull(problems, "problems is null"));
    }

    public boolean isValid()
    {
        return problems.isEmpty();
    }

    public boolean has(IdentifierProblem problem)
    {
        return problems.contains(problem);
    }
}
