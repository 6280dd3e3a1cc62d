package io.opsdw.warehouse.lock;

import java.nio.file.Path;

/** A second writer was refused: the message says who holds the lock. */
public class LockHeldException extends RuntimeException {

    public LockHeldException(Path lockFile, String holder) {
        super("another dw run holds the lock " + lockFile + " (" + (holder.isBlank() ? "holder unknown" : holder)
                + "); wait for it to finish, then retry");
    }
}
