package io.opsdw.transforms.unit;

import io.opsdw.lakecontract.testing.TestSpark;

/** One runner per test JVM: the shared local Spark session and the model schemas are worked out once. */
final class SharedRunner {

    private static UnitCaseRunner runner;

    private SharedRunner() {
    }

    static synchronized UnitCaseRunner get() {
        if (runner == null) {
            runner = new UnitCaseRunner(TestSpark.get());
        }
        return runner;
    }
}
