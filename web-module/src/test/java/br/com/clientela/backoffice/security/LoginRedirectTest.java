package br.com.clientela.backoffice.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginRedirectTest {

    @Test
    void theLoginAddressSaysTheSessionExpiredAndWhereToGoBack() {
        assertThat(LoginRedirect.loginUrl("/clientela", "clients/edit.xhtml?id=5", true))
                .isEqualTo("/clientela/login.xhtml?expirou=true&volta=clients%2Fedit.xhtml%3Fid%3D5");
        assertThat(LoginRedirect.loginUrl("", null, false)).isEqualTo("/login.xhtml");
    }

    @Test
    void thePageToGoBackToIsTheRefererWhenItIsAPageOfThisApplication() {
        assertThat(LoginRedirect.pageOf("http://localhost:8080/clients/edit.xhtml?id=5", ""))
                .isEqualTo("clients/edit.xhtml?id=5");
        assertThat(LoginRedirect.pageOf("https://host/app/clients/list.xhtml", "/app")).isEqualTo("clients/list.xhtml");
        assertThat(LoginRedirect.pageOf("https://host/other/clients/list.xhtml", "/app")).isNull();
        assertThat(LoginRedirect.pageOf("http://localhost:8080/index.xhtml", "")).isNull();
        assertThat(LoginRedirect.pageOf(null, "")).isNull();
        assertThat(LoginRedirect.pageOf("not a uri ::", "")).isNull();
    }

    @Test
    void onlyAPageOfThisApplicationIsAReturnPath() {
        assertThat(ReturnPath.of("/clients/edit.xhtml?id=5")).contains("clients/edit.xhtml?id=5");
        assertThat(ReturnPath.of("clients/list.xhtml")).contains("clients/list.xhtml");
        assertThat(ReturnPath.of("//evil.example/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("https://evil.example/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("/\\evil.example/x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("../x.xhtml")).isEmpty();
        assertThat(ReturnPath.of("login.xhtml")).isEmpty();
        assertThat(ReturnPath.of("api/v1/clients")).isEmpty();
        assertThat(ReturnPath.of("clients/edit.xhtml?id=5\r\nSet-Cookie:x")).isEmpty();
        assertThat(ReturnPath.of(null)).isEmpty();
        assertThat(ReturnPath.of("/")).isEmpty();
    }
}
