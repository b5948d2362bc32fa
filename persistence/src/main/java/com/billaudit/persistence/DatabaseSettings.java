package com.billaudit.persistence;

/** Where PostgreSQL is and how many connections to hold. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize) {
}
