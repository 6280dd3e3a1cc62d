package io.opsdw.warehouse.cli;

import io.opsdw.warehouse.lock.HomeLock;
import java.nio.file.Path;

/** Another dw process holding a home's lock, for the lock tests (run in its own JVM, killed with SIGKILL). */
public final class LockHolder {

    public static void main(String[] args) throws Exception {
        HomeLock lock = HomeLock.acquire(Path.of(args[0]), "run 2026-10");
        System.out.println("locked " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.sleep(120_000);
        lock.close();
    }
}
