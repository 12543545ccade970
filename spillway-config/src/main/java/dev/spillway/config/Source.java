package dev.spillway.config;

/** Where a setting's value came from, lowest precedence first. */
public enum Source {
    DEFAULT,
    FILE,
    ENV,
    FLAG
}
