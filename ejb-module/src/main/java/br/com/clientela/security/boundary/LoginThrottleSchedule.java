package br.com.clientela.security.boundary;

import br.com.clientela.security.control.LoginThrottle;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.time.LocalDateTime;

/**
 * Every hour (at minute 23), forgets the sign-in counts whose window is over and whose block has ended, so
 * the e-mails and addresses of old attempts are not kept. Not persistent: a missed hour is caught up by the
 * next one.
 */
@Singleton
public class LoginThrottleSchedule {

    @EJB
    LoginThrottle throttle;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "Esquecer contagens antigas de tentativas de acesso")
    void forgetOldCounts() {
        throttle.forgetOld(LocalDateTime.now());
    }
}
