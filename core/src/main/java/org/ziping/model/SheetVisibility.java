package org.ziping.model;

/** Whether a spreadsheet's sheet is shown: as Excel's "hide" and VBA's "very hidden" say. */
public enum SheetVisibility { VISIBLE, HIDDEN, VERY_HIDDEN }
