package br.com.clientela.system.pages;

import br.com.clientela.system.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A client's profile (/clients/view.xhtml?id=...): header, quick actions and tabs. */
public final class ClientProfilePage extends BackOfficePage {

    private ClientProfilePage(Browser browser) {
        super(browser);
    }

    public static ClientProfilePage open(Browser browser, long id) {
        browser.open(path(id));
        return current(browser);
    }

    public static String path(Object id) {
        return "/clients/view.xhtml?id=" + id;
    }

    public static ClientProfilePage current(Browser browser) {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("profileForm:tabs")));
        return new ClientProfilePage(browser);
    }

    public String heading() {
        return browser.driver().findElement(By.id("heading")).getText();
    }

    public String document() {
        return browser.driver().findElement(By.id("actionsForm:document")).getText();
    }

    public String stage() {
        return browser.driver().findElement(By.id("actionsForm:stage")).getText();
    }

    /** The id in the address bar. */
    public long id() {
        String url = browser.driver().getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    public EditClientPage edit() {
        browser.driver().findElement(By.id("actionsForm:edit")).click();
        return EditClientPage.current(browser);
    }

    /** Opens a tab by its title ("Resumo", "Dados pessoais", "Endereços", "Histórico") and answers its text. */
    public String tab(String title) {
        By header = By.xpath("//*[@id='profileForm:tabs']//ul//a[normalize-space()='" + title + "']");
        // A growl ("Cadastro salvo") can lie over the tab headers for a few seconds, as it would for a person,
        // who waits for it to fade: so does the test.
        browser.waiting().ignoring(ElementClickInterceptedException.class).until(driver -> {
            driver.findElement(header).click();
            return true;
        });
        // Tabs load their content when first opened (dynamic tabView): wait for that request to end.
        waitUntilAjaxSettles();
        WebElement panel = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='profileForm:tabs'] .ui-tabs-panel:not(.ui-helper-hidden)")));
        return panel.getText();
    }

    /** Opens the Histórico tab and answers its rows, newest first, each as its six cells. */
    public List<List<String>> history() {
        tab("Histórico");
        return browser.driver().findElements(By.cssSelector("[id='profileForm:tabs:historyTable_data'] > tr[data-ri]"))
                .stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(cell -> cell.getText().trim()).toList())
                .toList();
    }

    /** Opens the "Informações adicionais" tab and answers the value shown for the custom field with this key. */
    public String customField(String key) {
        tab("Informações adicionais");
        return browser.driver().findElement(By.cssSelector("[id='profileForm:tabs'] dd[data-field='" + key + "']"))
                .getText();
    }

    /** Chooses a picture file; the page sends it at once. Waits until the picture is shown and loaded. */
    public ClientProfilePage chooseAvatar(java.nio.file.Path file) {
        browser.driver().findElement(By.id("avatarForm:avatar_input")).sendKeys(file.toAbsolutePath().toString());
        browser.waiting().until(driver -> avatarNaturalWidth() > 0);
        return this;
    }

    /** The width in pixels of the picture the browser loaded, 0 when there is none (yet). */
    public long avatarNaturalWidth() {
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var img = document.getElementById('avatarImage');"
                        + " return img && img.complete ? img.naturalWidth : 0;");
        return ((Number) width).longValue();
    }

    public long avatarNaturalHeight() {
        Object height = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var img = document.getElementById('avatarImage'); return img ? img.naturalHeight : 0;");
        return ((Number) height).longValue();
    }

    /** Asks to remove the picture; answers the confirmation dialog. */
    public Confirmation removeAvatar() {
        browser.driver().findElement(By.id("avatarForm:removeAvatar")).click();
        return confirmation();
    }

    /** Waits until the page shows the empty picture placeholder. */
    public boolean showsNoAvatar() {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("noAvatar")));
        return browser.driver().findElements(By.id("avatarImage")).isEmpty();
    }

    /** Opens the "Avaliações" tab, clicks the {@code stars}-th star, types the comment and adds the review. */
    public ClientProfilePage addReview(int stars, String comment) {
        tab("Avaliações");
        browser.driver().findElements(By.cssSelector("[id='profileForm:tabs:reviews:rating'] .ui-rating-star"))
                .get(stars - 1).click();
        type("profileForm:tabs:reviews:comment", comment);
        browser.driver().findElement(By.id("profileForm:tabs:reviews:addReview")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /**
     * Opens the "Avaliações" tab, clicks the {@code stars}-th star, chooses the order by the label a person sees
     * ("Pedido nº 12 · R$ 150,00"), types the comment and adds the review.
     */
    public ClientProfilePage addReviewAbout(String orderLabel, int stars, String comment) {
        tab("Avaliações");
        browser.driver().findElements(By.cssSelector("[id='profileForm:tabs:reviews:rating'] .ui-rating-star"))
                .get(stars - 1).click();
        choose("profileForm:tabs:reviews:orderId", orderLabel);
        type("profileForm:tabs:reviews:comment", comment);
        browser.driver().findElement(By.id("profileForm:tabs:reviews:addReview")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** The order shown by each review ("Pedido nº 12", empty for none), newest first. */
    public List<String> reviewOrders() {
        return eventually(driver -> driver.findElements(By.cssSelector("[id='profileForm:tabs:reviews:reviewsTable'] tbody tr"))
                .stream().map(row -> row.findElements(By.cssSelector(".review-order")).stream()
                        .map(WebElement::getText).findFirst().orElse(""))
                .toList());
    }

    /** The line above the reviews: "Nota média 4,5 em 2 avaliação(ões)." or that there is none. */
    public String reviewSummary() {
        return eventually(driver -> driver.findElement(By.id("profileForm:tabs:reviews:reviewSummary")).getText().trim());
    }

    /** The comments of the reviews shown, newest first. */
    public List<String> reviewComments() {
        return eventually(driver -> driver.findElements(By.cssSelector("[id='profileForm:tabs:reviews:reviewsTable'] .review-comment"))
                .stream().map(WebElement::getText).toList());
    }

    /** Opens the "Avaliações" tab and adds a review without choosing stars; answers the error next to them. */
    public String addReviewWithoutStars(String comment) {
        tab("Avaliações");
        type("profileForm:tabs:reviews:comment", comment);
        browser.driver().findElement(By.id("profileForm:tabs:reviews:addReview")).click();
        return errorNextToInput("profileForm:tabs:reviews:rating");
    }

    /** Opens the "Alertas" tab, fills in an alert by the labels a person sees and adds it. */
    public ClientProfilePage addAlert(String typeLabel, String priorityLabel, String description) {
        tab("Alertas");
        choose("profileForm:tabs:alerts:type", typeLabel);
        choose("profileForm:tabs:alerts:priority", priorityLabel);
        type("profileForm:tabs:alerts:description", description);
        browser.driver().findElement(By.id("profileForm:tabs:alerts:addAlert")).click();
        waitUntilAjaxSettles();
        return this;
    }

    /** The text of the banner of active alerts, "" when there is none. */
    public String alertBanner() {
        return eventually(driver -> driver.findElements(By.cssSelector("[id='alertsBanner'] .client-alerts-banner"))
                .stream().map(WebElement::getText).findFirst().orElse(""));
    }

    /** Asks to deactivate the first active alert in the "Alertas" tab; answers the confirmation dialog. */
    public Confirmation askToDeactivateAlert() {
        tab("Alertas");
        browser.driver().findElement(By.cssSelector("[id='profileForm:tabs:alerts:alertsTable'] [id$=':deactivate']"))
                .click();
        return confirmation();
    }

    /** A figure of the financial summary: totalSpent, amountDue, openInvoiceCount, walletBalance or points. */
    public String financial(String figure) {
        return eventually(driver -> driver.findElement(By.id("profileForm:tabs:" + figure)).getText().trim());
    }

    /** The lines of the summary's list: openInvoices or lastPayments. */
    public List<String> financialList(String list) {
        return browser.driver().findElements(By.cssSelector("[id='" + list + "'] li")).stream()
                .map(li -> li.getText().trim()).toList();
    }
}
