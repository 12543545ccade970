package dev.spillway.server.work;

/** The order in which queued work is taken: lower ordinal first. */
public enum Priority {
    /** Sessions of people: anything not announced as background work. */
    FOREGROUND,
    /** Sessions an Apple device announced as background indexing or back-fill (TN3189). */
    BACKGROUND
}
