package org.issuepress.model;

/**
 * What the 委印单 (the job ticket handed to the print shop with the files) says beyond the
 * files themselves: the cover's paper, whom the shop calls (委印单位, 联系人, 电话) and when the
 * copies are due (交货日期). Each is null when the issue does not say; the ticket then shows
 * the field empty for the editor to fill, and {@code check} says which are missing.
 */
public record PrintOrder(String coverPaper, String contactUnit, String contactName, String contactPhone, String delivery) {
    public static final PrintOrder NONE = new PrintOrder(null, null, null, null, null);
}
