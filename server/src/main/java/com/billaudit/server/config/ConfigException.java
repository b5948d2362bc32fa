package com.billaudit.server.config;

/** A configuration value the server cannot start with; the message names the variable. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String variable, String value, String expected) {
        super("Invalid " + variable + "=\"" + value + "\": expected " + expected);
    }
}
