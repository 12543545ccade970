package dev.spillway.store.mime;

import java.util.List;

/** A Content-Disposition (RFC 2183): the type as written and its parameters. */
public record Disposition(String type, List<Param> params) {
}
