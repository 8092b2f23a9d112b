package br.com.clientela.backoffice.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login page, kept in the HTTP session so later page requests stay signed in. */
record SignedInStaff(String email, Set<String> groups) implements Serializable {
}
