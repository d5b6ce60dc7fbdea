package io.certscan.domain.rule;

/** How much a finding matters, lowest first. */
public enum Severity
{
    INFO, WARNING, ERROR
}
