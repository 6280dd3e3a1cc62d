package io.opsdw.generator;

/** Writes one operational source for one period, row by row (never the whole month in memory). */
interface SourceGenerator {

    String source();

    void generate(PeriodContext context, SourceOutput out);
}
