package dev.spillway.server.auth;

/** Checks a password against the stored hash. Blocking and deliberately slow. */
@FunctionalInterface
public interface PasswordVerifier {
    /** The canonical account name when the password is right, or null. */
    String verify(String user, String password) throws Exception;
}
