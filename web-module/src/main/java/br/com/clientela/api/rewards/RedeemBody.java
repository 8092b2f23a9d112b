package br.com.clientela.api.rewards;

/** The body of POST /clients/{id}/rewards/redeem: {"points": 500}. */
public record RedeemBody(Integer points) {
}
