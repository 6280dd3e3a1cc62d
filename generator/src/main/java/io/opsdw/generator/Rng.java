package io.opsdw.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness. Each (seed, period, stream) gets its own generator so that adding rows to one
 * source never shifts the values of another, and re-runs with the same seed are byte-identical.
 */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed, YearMonth period, String stream) {
        this.random = new SplittableRandom(mix(seed, period == null ? 0 : period.getYear() * 12L + period.getMonthValue(), stream));
    }

    private static long mix(long seed, long period, String stream) {
        long h = seed * 0x9E3779B97F4A7C15L + period * 0xC2B2AE3D27D4EB4FL;
        for (int i = 0; i < stream.length(); i++) {
            h = (h ^ stream.charAt(i)) * 0x100000001B3L;
        }
        return h ^ (h >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [from, to] inclusive. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double gaussian() {
        // Box-Muller on our own stream (SplittableRandom has no nextGaussian in Java 17).
        double u1 = Math.max(random.nextDouble(), 1e-12);
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** Poisson-like count with the given mean (normal approximation above 30). */
    int count(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * gaussian()));
        }
        double l = Math.exp(-mean);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    final <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Picks values[i] with probability weights[i] / sum(weights). */
    <T> T weighted(List<T> values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    BigDecimal money(double from, double to) {
        return BigDecimal.valueOf(from + random.nextDouble() * (to - from)).setScale(2, RoundingMode.HALF_UP);
    }

    LocalDate dayIn(YearMonth period) {
        return period.atDay(1 + random.nextInt(period.lengthOfMonth()));
    }

    /** A time of day within business hours (9:00-20:30), busier around late morning and afternoon. */
    LocalDateTime businessTime(LocalDate day) {
        int hour = Math.min(20, 9 + (int) Math.abs(Math.round(3.5 * gaussian() + 5)) % 12);
        int minute = hour == 20 ? random.nextInt(31) : random.nextInt(60);
        return day.atTime(LocalTime.of(hour, minute, random.nextInt(60)));
    }
}
