package org.ziping.model;

import java.util.List;

/**
 * The fields of the metadata block that government web pages print above an article (a
 * {@code <table>} or a {@code <div>} of label/value pairs: 索引号, 发文机构, 成文日期 ...), as the
 * HTML ingester finds them. Each field lists the labels that name it on published pages; the
 * first label is the usual one.
 *
 * <p>The values are kept as written (dates are not reformatted); a parser may use {@link #ISSUER}
 * as a candidate for the reporting unit, {@link #TITLE} as the report's title and
 * {@link #WRITTEN_DATE} as its date.
 */
public enum PageField {
  /** 标题: the document's title as the page states it. */
  TITLE(List.of("标题", "文件名称")),
  /** 索引号: the government information disclosure index number. */
  INDEX_NUMBER(List.of("索引号")),
  /** 发文机构: the publishing authority (often the unit that wrote the report). */
  ISSUER(List.of("发文机构", "发布机构", "发文单位", "发布单位", "公开责任部门", "信息公开责任部门")),
  /** 文号: the document number (发文字号). */
  DOCUMENT_NUMBER(List.of("文号", "发文字号")),
  /** 成文日期: the date the document was written. */
  WRITTEN_DATE(List.of("成文日期", "发文日期", "生成日期")),
  /** 发布时间: when the page was published. */
  PUBLISHED(List.of("发布时间", "发布日期", "公开日期", "公开时间", "更新时间", "上传时间")),
  /** 来源: where the page's content comes from. */
  SOURCE(List.of("来源", "信息来源", "文章来源")),
  /** 主题分类: the subject category of the disclosure catalogue. */
  SUBJECT(List.of("主题分类", "主题词"));

  private final List<String> labels;

  PageField(List<String> labels) {
    this.labels = labels;
  }

  /** The labels that name this field, the usual one first. */
  public List<String> labels() {
    return labels;
  }
}
