package com.billaudit.server.web;

/**
 * A file the server hands to browsers as is: the dashboard's HTML, CSS and JavaScript modules,
 * the OpenAPI document and the Swagger UI WebJar.
 *
 * @param contentType with charset for text
 */
record WebAsset(String contentType, byte[] bytes) {
}
