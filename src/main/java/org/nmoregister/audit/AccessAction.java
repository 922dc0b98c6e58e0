package org.nmoregister.audit;

/** What was done with a record, in the words of DPA 2018 s.62. */
public enum AccessAction {
    COLLECT, VIEW, SEARCH, CHANGE, DISCLOSE, EXPORT, ERASE
}
