package br.com.clientela.backoffice.home;

import br.com.clientela.clients.boundary.ClientService;
import br.com.clientela.security.boundary.StaffUserService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The start page after login (index.xhtml): a first look at the company's numbers. */
@Named
@RequestScoped
public class HomeBacking {

    @EJB
    ClientService clientService;

    @EJB
    StaffUserService staffUserService;

    private long clients;
    private long staff;

    @PostConstruct
    void load() {
        clients = clientService.count();
        staff = staffUserService.count();
    }

    public long getClients() {
        return clients;
    }

    public long getStaff() {
        return staff;
    }
}
