package io.opsdw.ingest.read;

import java.io.Serializable;

/** Opens one table of a probed file (sheet 0 for a CSV); shipped to Spark tasks, hence serializable. */
@FunctionalInterface
public interface TableOpener extends Serializable {

    TableReader open(ProbedFile file, int skipRows, int sheet);
}
