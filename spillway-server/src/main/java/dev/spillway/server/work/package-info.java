/**
 * Where blocking work runs. Event loops only move bytes; store access and password hashing run
 * on the pools here. Work for foreground sessions is taken before work for admitted background
 * sessions, so a wave of back-fill cannot push an interactive user to the back of the queue.
 */
package dev.spillway.server.work;
