package com.atlassian.jira.util;

import java.util.Date;

/**
 * Formats dates the way Jira's date-picker fields (the due date) read them, for the logged-in user.
 * <p>
 * Source: Jira's DateFieldFormatImpl.java (code index; "public class DateFieldFormatImpl implements DateFieldFormat",
 * {@code public String formatDatePicker(Date date)}, since 4.4). The interface page itself and its availability as an
 * OSGi service in Jira 11 were not seen.
 */
public interface DateFieldFormat {

    String formatDatePicker(Date date);
}
