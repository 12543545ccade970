/**
 * The {@code spillway} command line. Each sub-command is one class; this package only parses
 * arguments, loads the configuration and starts or calls the components of the other modules.
 */
package dev.spillway.app;
