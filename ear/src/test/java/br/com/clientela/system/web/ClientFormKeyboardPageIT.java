package br.com.clientela.system.web;

import static br.com.clientela.system.TestData.DEMO_PASSWORD;
import static br.com.clientela.system.TestData.PETHOTEL_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import br.com.clientela.system.Api;
import br.com.clientela.system.Browser;
import br.com.clientela.system.ClientData;
import br.com.clientela.system.DeployedClientela;
import br.com.clientela.system.pages.ClientProfilePage;
import br.com.clientela.system.pages.EditClientPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;

/**
 * The client form never drops what was typed and works by keyboard alone: a birth date typed as digits is kept
 * (or refused with a message, never erased), Tab goes through every field and out of the date picker to the save
 * button, the calendar opens and closes by keyboard; CPF/CNPJ and phone are masked while typed.
 */
@ExtendWith(DeployedClientela.class)
class ClientFormKeyboardPageIT {

    @RegisterExtension
    final Browser browser = new Browser();

    private final Api staff = Api.as(PETHOTEL_STAFF, DEMO_PASSWORD);

    @Test
    void aBirthDateTypedAsDigitsIsKeptAsADateAndSaved() {
        signIn();
        String name = "Datas " + ClientData.uniqueWord();
        EditClientPage form = EditClientPage.openNew(browser).name(name);

        form.typeBirthDateAndTabAway("15031985");

        assertThat(form.birthDateShown()).isEqualTo("15/03/1985");
        ClientProfilePage profile = form.saveExpectingProfile();
        assertThat(staff.get("/api/v1/clients/" + profile.id()).json().getString("birthDate")).isEqualTo("1985-03-15");
    }

    @Test
    void anIncompleteBirthDateStaysInTheFieldAndIsRefusedWithAMessage() {
        signIn();
        String name = "Meia Data " + ClientData.uniqueWord();
        EditClientPage form = EditClientPage.openNew(browser).name(name);

        form.typeBirthDateAndTabAway("1503");

        assertThat(form.birthDateShown()).startsWith("15/03");
        form.save();
        assertThat(form.errorNextTo("birthDate")).contains("Data de nascimento").contains("data válida");
        assertThat(form.birthDateShown()).startsWith("15/03");
        String q = URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(staff.get("/api/v1/clients?q=" + q).json().getJsonNumber("total").longValue()).isZero();
    }

    @Test
    void tabGoesThroughEveryFieldInOrderLeavesTheDatePickerAndReachesSave() {
        signIn();
        String name = "Teclado " + ClientData.uniqueWord();
        EditClientPage form = EditClientPage.openNew(browser).name(name);
        form.focus("name");

        List<String> visited = new ArrayList<>();
        for (int presses = 0; presses < 80 && !form.focusedId().equals("clientForm:save"); presses++) {
            form.press(Keys.TAB);
            visited.add(form.focusedId());
            assertThat(form.birthDateCalendarOpen()).as("the calendar after Tab to " + form.focusedId()).isFalse();
        }

        assertThat(visited).last().isEqualTo("clientForm:save");
        assertThat(visited).containsSubsequence("clientForm:document", "clientForm:birthDate_input", "clientForm:email",
                "clientForm:phone", "clientForm:otherPhone", "clientForm:origin", "clientForm:profile",
                "clientForm:observations", "clientForm:defaultFee_input", "clientForm:addContact",
                "clientForm:addAddress", "clientForm:save");
        // Enter on the focused save button saves, as a click would.
        form.press(Keys.ENTER);
        ClientProfilePage profile = ClientProfilePage.current(browser);
        assertThat(profile.heading()).isEqualTo(name);
    }

    @Test
    void theCalendarOpensAndClosesByKeyboardAndTabLeavesIt() {
        signIn();
        EditClientPage form = EditClientPage.openNew(browser);
        form.focus("birthDate_input");
        assertThat(form.birthDateCalendarOpen()).isFalse();

        form.press(Keys.ARROW_DOWN);
        browser.waiting().until(d -> form.birthDateCalendarOpen());
        // Escape at once, while the calendar is still sliding open (PrimeFaces alone ignored it then)...
        form.press(Keys.ESCAPE);
        browser.waiting().until(d -> !form.birthDateCalendarOpen());
        assertThat(form.focusedId()).isEqualTo("clientForm:birthDate_input");

        // ...and once it is open with the focus on a day inside it.
        form.press(Keys.ARROW_DOWN);
        browser.waiting().until(d -> form.focusInsideBirthDateCalendar());
        form.press(Keys.ESCAPE);
        browser.waiting().until(d -> !form.birthDateCalendarOpen());
        assertThat(form.focusedId()).isEqualTo("clientForm:birthDate_input");

        form.press(Keys.ARROW_DOWN);
        browser.waiting().until(d -> form.birthDateCalendarOpen());
        for (int presses = 0; presses < 30 && form.birthDateCalendarOpen(); presses++) {
            form.press(Keys.TAB);
        }
        assertThat(form.birthDateCalendarOpen()).isFalse();
        assertThat(form.focusedId()).isNotEqualTo("clientForm:birthDate_input").doesNotContain("birthDate_panel");
    }

    @Test
    void documentAndPhonesAreMaskedWhileTypedAndRequiredFieldsAreMarked() {
        signIn();
        EditClientPage form = EditClientPage.openNew(browser);

        form.document("52998224725").phone("11987654321");
        assertThat(form.document()).isEqualTo("529.982.247-25");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("clientForm:phone")).getDomProperty("value"))
                .isEqualTo("(11) 98765-4321");
        form.document("12abc34501de35");
        assertThat(form.document()).isEqualTo("12.ABC.345/01DE-35");

        assertThat(form.markedRequired("name")).isTrue();
        assertThat(form.openHelp("documentHelp")).contains("letras nas 12 primeiras posições");
    }

    private void signIn() {
        LoginPage.open(browser).signInExpectingHome(PETHOTEL_STAFF, DEMO_PASSWORD);
    }
}
