package br.com.clientela.groups.boundary;

/** A group and how many clients (not in the trash) belong to it. */
public record GroupRow(Long id, String name, long members) {
}
