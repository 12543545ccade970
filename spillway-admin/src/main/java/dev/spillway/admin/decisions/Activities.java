package dev.spillway.admin.decisions;

import dev.spillway.policy.id.BackgroundWork;
import java.util.Set;

/** The background work of an ID as one short word, with no allocation per call. */
final class Activities {

    /** Indexed by {@link #index}: 1 indexing, 2 back-fill, 3 both. */
    static final String[] NAMES = {"foreground", "indexer", "back-fill", "indexer,back-fill"};

    private Activities() {
    }

    static int index(Set<BackgroundWork> work) {
        return (work.contains(BackgroundWork.INDEXING) ? 1 : 0)
                + (work.contains(BackgroundWork.BACK_FILL) ? 2 : 0);
    }

    static String name(Set<BackgroundWork> work) {
        return NAMES[index(work)];
    }
}
