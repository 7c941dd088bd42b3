package com.creatordesk.inbox.domain;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** This running app instance, as named in sync claims and in the mailboxes whose sandbox mail it holds. */
@Component
public class AppInstance {

    private final String id;

    AppInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException unknown) {
            host = "host";
        }
        String name = host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.id = name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    public String id() {
        return id;
    }
}
