package io.opsdw.warehouse.pipeline;

import io.opsdw.warehouse.task.TaskContext;
import java.nio.file.Path;

/** Where a period's exports are looked for when no --input is given: dw.input, else home/inbox. */
public final class Inbox {

    private Inbox() {
    }

    public static Path of(TaskContext context) {
        return context.settings().input() != null ? context.settings().input() : context.lake().home().resolve("inbox");
    }
}
