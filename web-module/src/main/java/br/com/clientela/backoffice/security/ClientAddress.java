package br.com.clientela.backoffice.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from, for throttling sign-in attempts per address. Behind a reverse proxy
 * every request comes from the proxy, so {@code clientela.login.trusted-proxies} (comma-separated IPs,
 * none by default) names the proxies whose {@code X-Forwarded-For} is believed: the address is then the
 * right-most one in that header that is not itself a trusted proxy. From anyone else the header is ignored,
 * so a client cannot pick its own address.
 */
@ApplicationScoped
public class ClientAddress {

    @Inject
    @ConfigProperty(name = "clientela.login.trusted-proxies")
    Optional<String> trustedProxies;

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
    }

    static String of(String remote, String forwarded, List<String> trusted) {
        if (forwarded == null || !trusted.contains(remote)) {
            return remote;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::trim).filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remote;
    }

    private List<String> trusted() {
        return trustedProxies.map(list -> Arrays.stream(list.split(",")).map(String::trim)
                .filter(ip -> !ip.isEmpty()).toList()).orElse(List.of());
    }
}
