package br.com.clientela.rewards.entity;

/**
 * Why points moved: granted by hand ("designar recompensa"), earned by a payment, the welcome and birthday
 * bonuses (positive), a redemption into wallet credit and an expiry (negative).
 */
public enum RewardKind {
    GRANT_MANUAL, EARN_PAYMENT, WELCOME, BIRTHDAY, REDEEM, EXPIRE;

    public boolean isGrant() {
        return this != REDEEM && this != EXPIRE;
    }
}
