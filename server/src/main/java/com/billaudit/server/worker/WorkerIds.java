package com.billaudit.server.worker;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/** A worker id unique to this process: host, pid and a random suffix (pids repeat across containers). */
public final class WorkerIds {
    private WorkerIds() {
    }

    public static String forThisProcess() {
        return host() + ":" + ProcessHandle.current().pid() + ":" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
