package dev.spillway.policy.id;

/** The two kinds of background download that TN3189 names in the {@code event} field. */
public enum BackgroundWork {
    /** Event identifier {@code indexer}: building the on-device search index. */
    INDEXING("indexer"),
    /** Event identifier {@code back-fill}: downloading older mail, e.g. after an OS update. */
    BACK_FILL("back-fill");

    private final String identifier;

    BackgroundWork(String identifier) {
        this.identifier = identifier;
    }

    /** The identifier as TN3189 spells it in the {@code event} field. */
    public String identifier() {
        return identifier;
    }
}
