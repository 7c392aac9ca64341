package org.ziping.model;

/** Kinds of block. A heading is one the format itself marks (markdown {@code #}, a Word heading
 * style or outline level); numbered lines such as "一、" stay paragraphs and are left to the parser. */
public enum BlockType { HEADING, PARAGRAPH, TABLE }
