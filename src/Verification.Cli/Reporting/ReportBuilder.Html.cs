using Markdig;

namespace Verification.Cli.Reporting;

/// <summary>The HTML page: Markdown rendered by Markdig (its maths extension marks $…$ as math spans), typeset in the browser
/// by the KaTeX copy beside the page; a formula KaTeX cannot parse is shown in red (a KaTeX error the browser check counts).</summary>
public sealed partial class ReportBuilder
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:1180px;margin:2em auto;padding:0 1em;line-height:1.45;color:#222}" +
        "table{border-collapse:collapse;margin:1em 0;font-size:0.9em}td,th{border:1px solid #ccc;padding:3px 8px;vertical-align:top}" +
        "th{background:#f3f3f3}code,pre{background:#f6f6f6}pre{padding:0.6em;overflow-x:auto;white-space:pre-wrap}img{max-width:100%}" +
        "nav.toc{background:#fafafa;border:1px solid #ddd;padding:0.4em 1em;columns:2;font-size:0.92em}nav.toc ul{margin:0.2em 0}" +
        ".v{padding:0 5px;border-radius:3px;font-weight:600;white-space:nowrap}.v.holds{background:#dff0d8}.v.fails{background:#f2dede}" +
        ".v.inconclusive{background:#fcf8e3}.v.not-executable,.v.not-implemented{background:#eee}" +
        ".bar{display:inline-block;position:relative;width:90px;height:9px;background:#eee;border:1px solid #bbb;vertical-align:middle}" +
        ".bar .fill{position:absolute;left:0;top:0;bottom:0;background:#5b9bd5}.bar .fill.miss{background:#d9534f}" +
        ".bar .req{position:absolute;top:-3px;bottom:-3px;width:2px;background:#000}" +
        ".plain{font-size:0.8em;color:#8a6d3b;background:#fcf8e3;padding:0 4px;border-radius:3px}" +
        ".claim{border-top:1px solid #ddd;margin-top:1.2em}.statement{background:#f7f9fc;border-left:3px solid #5b9bd5;padding:0.3em 0.8em}" +
        "figure{margin:1em 0}figcaption{font-size:0.92em;color:#444}.mx td{text-align:center}.mx td:first-child{text-align:left}" +
        ".katex-error{color:#c00}.mxwrap{overflow-x:auto}";

    private const string KatexScript =
        "document.addEventListener('DOMContentLoaded',function(){document.querySelectorAll('span.math,div.math').forEach(function(e){" +
        "var t=e.textContent.trim().replace(/^\\\\[(\\[]/,'').replace(/\\\\[)\\]]$/,'');" +
        "katex.render(t,e,{throwOnError:false,displayMode:e.tagName==='DIV'});});});";

    private static string Html(string markdown)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var body = Markdig.Markdown.ToHtml(markdown, pipeline);
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Verification report</title>\n" +
            "<link rel=\"stylesheet\" href=\"katex/katex.min.css\">\n<script src=\"katex/katex.min.js\"></script>\n" +
            "<script>" + KatexScript + "</script>\n<style>" + Style + "</style></head><body>\n" + body + "</body></html>\n";
    }
}
