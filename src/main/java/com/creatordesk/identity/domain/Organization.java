package com.creatordesk.identity.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The tenant: a brand team's workspace. Not itself tenant-scoped. */
@Entity
@Table(name = "organizations")
public class Organization {

    @Id
    private UUID id;
    private String name;
    private boolean demo;
    private Instant createdAt;

    protected Organization() {
    }

    public Organization(String name, boolean demo, Instant now) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.demo = demo;
        this.createdAt = now;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isDemo() {
        return demo;
    }
}
