package com.billaudit.stressset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Seeded random choices: the same seed always yields the same set. */
final class Pick {
    private final Random random;

    Pick(long seed) {
        this.random = new Random(seed);
    }

    <T> T of(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T oneOf(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** An int in [low, high], both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    double gaussian() {
        return random.nextGaussian();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** {@code count} distinct elements in random order (fewer when the list is shorter). */
    <T> List<T> distinct(List<T> options, int count) {
        List<T> copy = new ArrayList<>(options);
        Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    /** An index chosen with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A fresh, independent stream derived from this one, so one bill's choices never shift another's. */
    Pick fork() {
        return new Pick(random.nextLong());
    }
}
