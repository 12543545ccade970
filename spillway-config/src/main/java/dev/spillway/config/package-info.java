/**
 * One configuration model for the whole product: built-in defaults, overridden by a YAML file,
 * overridden by {@code SPILLWAY_*} environment variables, overridden by command-line flags.
 *
 * <p>Every setting is declared once, as a constant in {@link dev.spillway.config.Settings}, with
 * its dotted path, type, default, unit and meaning; the YAML keys, environment variable names,
 * the {@code config defaults} listing and validation all derive from that declaration.
 *
 * <p>Invariants: a {@link dev.spillway.config.Config} holds a valid, parsed value for every
 * declared setting or was never built; unknown keys and invalid values in any source stop
 * loading with a {@link dev.spillway.config.ConfigException} naming the key; secret values never
 * appear in messages or listings.
 */
package dev.spillway.config;
