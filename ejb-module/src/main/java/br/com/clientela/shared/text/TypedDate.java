package br.com.clientela.shared.text;

import java.time.LocalDate;

/**
 * The dates anyone here means: from 1900 to 2100. Year 0001 or 99999 is a typing slip (or a probe), never a
 * business date nor a birth date, and would print absurdly on a PDF; birth dates are also refused in the future
 * where the client record checks them. Checked where dates enter: the API's JSON reader and every Faces input.
 */
public final class TypedDate {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    public static final String REFUSAL = "Informe uma data entre 01/01/1900 e 31/12/2100.";

    private TypedDate() {
    }

    public static boolean isSane(LocalDate date) {
        return date == null || (!date.isBefore(EARLIEST) && !date.isAfter(LATEST));
    }
}
