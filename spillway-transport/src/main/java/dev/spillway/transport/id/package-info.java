/**
 * The RFC 2971 ID exchange shared by the server and the proxy: turning parsed ID arguments
 * into the classifier's input, and writing the server's own {@code * ID} response.
 */
package dev.spillway.transport.id;
