/**
 * Chinese analysis of the index, the same at index and query time and in the Solr plugin: HanLP's
 * Viterbi segmentation ({@link org.ziping.index.analysis.HanLpTokenizer}; the portable build runs
 * offline) for words and CJK bigrams for recall where the segmenter cuts a compound differently.
 * Limits: only HanLP's standard segmenter works offline; no synonyms.
 */
package org.ziping.index.analysis;
