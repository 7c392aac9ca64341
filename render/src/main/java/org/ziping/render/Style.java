package org.ziping.render;

/**
 * The one style sheet of every HTML page the project writes: the audit report of
 * {@code audit --format html} and the pages of the search web server. Inline only (pages work
 * offline); classes: {@code .finding.error|warning|info}, {@code .sev}, {@code .rule},
 * {@code blockquote.evidence}, {@code .loc}, {@code td.num}, and the search page's layout classes.
 */
public final class Style {
  private Style() {}

  public static final String CSS = """
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Microsoft YaHei",sans-serif;margin:0;
        color:#222;background:#fafafa}
      header{background:#234;color:#fff;padding:.6em 1em}header a{color:#fff;font-weight:bold;
        text-decoration:none;margin-right:1em}header a.lang{float:right;font-weight:normal}
      main{display:flex;gap:1.5em;padding:1em}
      aside{min-width:15em;max-width:18em}aside h3{margin:.8em 0 .2em;font-size:1em}
      aside ul{list-style:none;padding:0;margin:0}aside li{margin:.1em 0}
      aside a.on{font-weight:bold;color:#a00}
      .results{flex:1}.hit{background:#fff;border:1px solid #ddd;padding:.6em .8em;margin:.6em 0}
      .hit h2{font-size:1.05em;margin:0 0 .3em}.meta{color:#555;font-size:.9em}
      mark{background:#ffe066;padding:0 1px}
      form.search input[type=text]{width:28em;font-size:1em;padding:.3em}
      form.search fieldset{border:1px solid #ddd;margin:.5em 0;padding:.4em}
      form.search input[type=number]{width:7em}
      table{border-collapse:collapse;margin:.5em 0;background:#fff}
      td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;text-align:left}th{background:#eef}
      td.num{text-align:right;font-variant-numeric:tabular-nums}
      .finding{border-left:4px solid #b00020;background:#fff;padding:.4em .8em;margin:.6em 0}
      .finding.warning{border-color:#e69500}.finding.info{border-color:#1f5fa8}
      .sev{font-weight:bold}.sev.error{color:#b00020}.sev.warning{color:#a15c00}.sev.info{color:#1f5fa8}
      .rule{font-family:monospace;background:#f4f4f4;padding:0 3px}
      blockquote{margin:.3em 0 .3em 1em;color:#444;border-left:2px solid #ccc;padding-left:.6em}
      .loc{color:#777;font-size:.85em}.id{color:#999;font-size:.8em}
      .report{padding:1em 2em;max-width:70em}
      p.failed{color:#b00020}
      .formats{font-size:.85em;color:#555;margin:.2em 0}.formats a.format{margin-left:.3em}
      .disagree{color:#a60;margin-left:.6em}
      .overview{max-width:none}.charts{display:flex;flex-wrap:wrap;gap:1.5em}
      .charts section{background:#fff;border:1px solid #ddd;padding:.3em .8em}
      svg.chart circle.point{cursor:pointer}.legend{color:#555;font-size:.9em}
      .source{position:relative;display:inline-block;border:1px solid #999}
      .source img{display:block}.source svg{position:absolute;left:0;top:0}
      .box{fill:rgba(255,220,0,.25);stroke:#d00;stroke-width:2}
      pre.text{white-space:pre-wrap;background:#fff;border:1px solid #ddd;padding:1em;
        max-width:60em}
      pre.text mark.evidence{background:#ffe066;outline:2px solid #d00}
      table.grid td.evidence-cell{background:#ffe066;outline:3px solid #d00;outline-offset:-2px}
      """;
}
