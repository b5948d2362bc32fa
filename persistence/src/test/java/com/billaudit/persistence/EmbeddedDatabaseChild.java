package com.billaudit.persistence;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedDatabaseTest}: starts the embedded database, says so, waits to be killed. */
public final class EmbeddedDatabaseChild {
    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        System.out.println("STARTED " + database.port());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
