package io.opsdw.warehouse.lock;

import java.nio.file.Path;

/** A second writer was refused: the message says who holds the lock. */
public class LockHeldException extends RuntimeException {

    private final String holder;

    public LockHeldException(Path lockFile, String holder) {
        super("another dw run holds the lock " + lockFile + " (" + (holder.isBlank() ? "holder unknown" : holder)
                + "); wait for it to finish, then retry (or pass --wait-lock 30m to queue behind it)");
        this.holder = holder.isBlank() ? "holder unknown" : holder;
    }

    /** Who holds the lock: pid, host, task and start time, as the holder wrote them. */
    public String holder() {
        return holder;
    }
}
