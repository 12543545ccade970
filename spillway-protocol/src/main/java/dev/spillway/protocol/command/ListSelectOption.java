package dev.spillway.protocol.command;

/** LIST selection options (RFC 5258 §3.1, RFC 6154 §3). */
public enum ListSelectOption {
    SUBSCRIBED,
    REMOTE,
    RECURSIVEMATCH,
    SPECIAL_USE
}
