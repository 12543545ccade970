package dev.spillway.admin;

import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdParameters;

/** ID commands as iOS Mail sends them (TN3189 examples), classified. */
public final class Ids {

    private Ids() {
    }

    public static IdClassification backFill() {
        return apple("com.apple.email.maild", "back-fill,periodic");
    }

    public static IdClassification indexer() {
        return apple("com.apple.email.search-indexer", "indexer");
    }

    public static IdClassification foreground() {
        return IdClassifier.classify(IdParameters.of("name", "com.apple.email.maild",
                "os", "iOS", "vendor", "Apple Inc", "event", null));
    }

    public static IdClassification otherClient() {
        return IdClassifier.classify(IdParameters.of("name", "Thunderbird", "version", "128"));
    }

    private static IdClassification apple(String name, String event) {
        return IdClassifier.classify(IdParameters.of("name", name, "os", "iOS",
                "vendor", "Apple Inc", "event", event));
    }
}
