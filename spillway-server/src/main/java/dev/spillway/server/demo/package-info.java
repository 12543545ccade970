/** The demo account that {@code spillway serve --demo} creates on an empty data directory. */
package dev.spillway.server.demo;
