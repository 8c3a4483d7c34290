package dev.modelsense.text;

/** A count of elementary steps an alignment may still take, so a pathological input degrades instead of hanging. */
final class WorkBudget {
    private long remaining;

    WorkBudget(long steps) {
        this.remaining = steps;
    }

    /** Takes {@code steps} if they are all available; otherwise takes none and says so. */
    boolean spend(long steps) {
        if (steps > remaining) {
            return false;
        }
        remaining -= steps;
        return true;
    }

    boolean exhausted() {
        return remaining <= 0;
    }
}
