package br.com.clientela.orders.entity;

/** Something the company puts in an order of its own (order types and statuses): 1, 2, 3... */
public interface Positioned {

    int getPosition();

    void setPosition(int position);
}
