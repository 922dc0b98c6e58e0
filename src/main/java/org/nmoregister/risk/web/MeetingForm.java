package org.nmoregister.risk.web;

import java.util.ArrayList;
import java.util.List;

/** The risk meeting's record as the page posts it: the chair, the period, and one action row per agenda item. */
public class MeetingForm {

    private String chair;
    private String coversFrom;
    private String coversTo;
    private String notes;
    private List<Row> actions = new ArrayList<>();

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public String getCoversFrom() {
        return coversFrom;
    }

    public void setCoversFrom(String coversFrom) {
        this.coversFrom = coversFrom;
    }

    public String getCoversTo() {
        return coversTo;
    }

    public void setCoversTo(String coversTo) {
        this.coversTo = coversTo;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<Row> getActions() {
        return actions;
    }

    public void setActions(List<Row> actions) {
        this.actions = actions;
    }

    /** One action: the item it is about (hidden fields from the agenda) and what the meeting agreed. */
    public static class Row {
        private String section;
        private String reference;
        private String summary;
        private String text;
        private String owner;
        private String due;
        /** The due date as typed in the GOV.UK date input's three boxes. */
        private String dueDay;
        private String dueMonth;
        private String dueYear;

        public String getDueDay() {
            return dueDay;
        }

        public void setDueDay(String v) {
            this.dueDay = v;
        }

        public String getDueMonth() {
            return dueMonth;
        }

        public void setDueMonth(String v) {
            this.dueMonth = v;
        }

        public String getDueYear() {
            return dueYear;
        }

        public void setDueYear(String v) {
            this.dueYear = v;
        }

        /** The due date's boxes for row {@code index}, named "action{n}-due" so an error links to its own box. */
        public org.nmoregister.platform.web.DateInput dueInput(int index) {
            String about = reference == null || reference.isBlank() ? "action " + (index + 1)
                    : "the action on " + reference.strip();
            return new org.nmoregister.platform.web.DateInput("action" + (index + 1) + "-due", "Due date for "
                    + about, dueDay, dueMonth, dueYear);
        }

        public String getSection() {
            return section;
        }

        public void setSection(String section) {
            this.section = section;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getDue() {
            return due;
        }

        public void setDue(String due) {
            this.due = due;
        }
    }
}
