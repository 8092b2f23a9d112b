package br.com.clientela.clients.boundary;

import java.time.YearMonth;

/** How many clients were registered in a month. */
public record MonthCount(YearMonth month, long clients) {
}
