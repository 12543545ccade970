package dev.spillway.policy.shed;

import dev.spillway.policy.id.IdClassification;
import dev.spillway.policy.id.IdClassifier;
import dev.spillway.policy.id.IdParameters;

/** ID commands as iOS Mail and others send them (TN3189 examples). */
final class Ids {

    static final IdClassification FOREGROUND = apple(null);
    static final IdClassification BACK_FILL = apple("back-fill,periodic");
    static final IdClassification INDEXING = apple("indexer");
    static final IdClassification BOTH = apple("indexer,back-fill");
    static final IdClassification OTHER = IdClassifier.classify(
            IdParameters.of("name", "Thunderbird", "event", "back-fill"));
    static final IdClassification NIL = IdClassifier.classify(IdParameters.nil());

    private Ids() {
    }

    static IdClassification apple(String event) {
        return IdClassifier.classify(IdParameters.of("name", "com.apple.email.maild",
                "os", "iOS", "vendor", "Apple Inc", "event", event));
    }
}
