package br.com.clientela.backoffice.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in through the login page, kept in the HTTP session so later page requests stay signed in. The
 * credentials version is compared with the account's on every request: a changed password, role or active
 * flag ends the session.
 */
record SignedInStaff(String email, Set<String> groups, long credentialsVersion) implements Serializable {
}
