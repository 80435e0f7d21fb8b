#!/usr/bin/env python3
"""Render a report folder in headless Chromium and check it as a reader's browser shows it.

  scripts/check-report.py REPORT_DIR [--screenshot FILE] [--chromium PATH]

Fails (exit 1) on: a broken image, an internal link (#id) without its target, a stylesheet or script that does not load,
a KaTeX font that fails, a formula KaTeX cannot typeset (.katex-error) or a math span left untypeset, a console error or an
uncaught exception, a claim of report.json without exactly one element with its id, or a figure file in plots/ that the
page does not show. Prints the counts (formulas, figures, links, anchors) and saves a screenshot of the top of the page.
Exit 2 when the folder or Chromium is missing.

How: a copy of index.html beside it (so relative paths resolve) gets a probe script: in <head> it records error events
(capture phase: failed <img>, <script>, <link>) and console.error calls; after the load event and document.fonts.ready it
writes its findings as JSON into <pre id="report-check">. Chromium runs it with --dump-dom under a virtual time budget
(no DevTools protocol needed: no websocket module is required), and the JSON is read back from the dumped DOM. Chromium's
own console log (--enable-logging=stderr) is scanned too, for errors the page could not observe (e.g. blocked files).
"""
import argparse, html, json, os, re, shutil, subprocess, sys, tempfile

HEAD_PROBE = r"""<script>
window.__check = {errors: []};
window.addEventListener('error', function (e) {
  var t = e.target;
  if (t && t !== window && (t.src || t.href)) window.__check.errors.push('failed to load: ' + (t.src || t.href));
  else window.__check.errors.push('uncaught: ' + (e.message || e));
}, true);
window.addEventListener('unhandledrejection', function (e) { window.__check.errors.push('unhandled rejection: ' + e.reason); });
(function () { var orig = console.error; console.error = function () {
  window.__check.errors.push('console.error: ' + Array.prototype.join.call(arguments, ' ')); return orig.apply(console, arguments); }; })();
</script>"""

TAIL_PROBE = r"""<script>
window.addEventListener('load', function () {
  document.fonts.ready.then(function () {
    var c = window.__check, ids = __CLAIM_IDS__;
    var imgs = Array.prototype.slice.call(document.images);
    c.images = imgs.length;
    c.brokenImages = imgs.filter(function (i) { return !i.complete || i.naturalWidth === 0; }).map(function (i) { return i.getAttribute('src'); });
    c.imageSources = imgs.map(function (i) { return i.getAttribute('src'); });
    c.figures = document.querySelectorAll('figure img').length;
    var links = Array.prototype.slice.call(document.querySelectorAll('a[href^="#"]'));
    c.internalLinks = links.length;
    c.brokenLinks = links.map(function (a) { return decodeURIComponent(a.getAttribute('href').slice(1)); })
      .filter(function (id) { return !document.getElementById(id); });
    c.mathSpans = document.querySelectorAll('span.math, div.math').length;
    c.untypeset = Array.prototype.slice.call(document.querySelectorAll('span.math, div.math'))
      .filter(function (e) { return !e.querySelector('.katex') && !e.querySelector('.katex-error'); }).length;
    c.formulas = document.querySelectorAll('.katex').length;
    c.katexErrors = Array.prototype.slice.call(document.querySelectorAll('.katex-error')).map(function (e) { return e.getAttribute('title') || e.textContent; });
    c.fontErrors = []; document.fonts.forEach(function (f) { if (f.status === 'error') c.fontErrors.push(f.family); });
    c.katexLoaded = typeof katex !== 'undefined';
    c.anchors = ids.map(function (id) { return [id, document.querySelectorAll('[id="' + id + '"]').length]; })
      .filter(function (p) { return p[1] !== 1; });
    c.claims = ids.length;
    var pre = document.createElement('pre'); pre.id = 'report-check'; pre.textContent = JSON.stringify(c);
    document.body.appendChild(pre);
  });
});
</script>"""


def find_chromium(explicit):
    for name in ([explicit] if explicit else []) + ["chromium", "chromium-browser", "google-chrome", "chrome"]:
        path = shutil.which(name) if name else None
        if path:
            return path
    return None


def chromium_args(chromium, profile):
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files",
            "--no-first-run", "--no-default-browser-check", f"--user-data-dir={profile}", "--hide-scrollbars"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("report")
    ap.add_argument("--screenshot", help="where to save the screenshot (default: REPORT/../report-screenshot.png)")
    ap.add_argument("--chromium")
    ap.add_argument("--budget-ms", type=int, default=30000, help="virtual time budget for scripts and fonts")
    a = ap.parse_args()

    folder = os.path.abspath(a.report)
    index = os.path.join(folder, "index.html")
    if not os.path.isfile(index):
        print(f"check-report: no index.html in {folder}", file=sys.stderr)
        return 2
    chromium = find_chromium(a.chromium)
    if not chromium:
        print("check-report: Chromium not found (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    with open(os.path.join(folder, "report.json"), encoding="utf-8") as f:
        report = json.load(f)
    ids = [c["row"]["id"] for c in report["claims"]]
    plots = sorted(p for p in os.listdir(os.path.join(folder, "plots")) if p.endswith(".png"))

    with open(index, encoding="utf-8") as f:
        page = f.read()
    probe = page.replace("<head>", "<head>" + HEAD_PROBE, 1).replace("</body>", TAIL_PROBE.replace("__CLAIM_IDS__", json.dumps(ids)) + "</body>", 1)
    copy = os.path.join(folder, ".report-check.html")
    problems = []
    with tempfile.TemporaryDirectory() as profile:
        try:
            with open(copy, "w", encoding="utf-8") as f:
                f.write(probe)
            run = subprocess.run(chromium_args(chromium, profile) + ["--enable-logging=stderr", "--v=0", f"--virtual-time-budget={a.budget_ms}",
                                 "--dump-dom", "file://" + copy], capture_output=True, text=True, timeout=300)
        finally:
            if os.path.exists(copy):
                os.remove(copy)
        m = re.search(r'<pre id="report-check">(.*?)</pre>', run.stdout, re.S)
        if not m:
            print("check-report: the probe did not report (page did not finish loading?)", file=sys.stderr)
            print(run.stderr[-3000:], file=sys.stderr)
            return 1
        c = json.loads(html.unescape(m.group(1)))
        shot = os.path.abspath(a.screenshot or os.path.join(os.path.dirname(folder), "report-screenshot.png"))
        subprocess.run(chromium_args(chromium, profile) + [f"--virtual-time-budget={a.budget_ms}", "--window-size=1280,2000",
                       f"--screenshot={shot}", "file://" + index], capture_output=True, text=True, timeout=300)

    console = [l for l in run.stderr.splitlines() if ":CONSOLE(" in l and re.search(r"error|uncaught|failed", l, re.I)]
    console += [l for l in run.stderr.splitlines() if "Not allowed to load local resource" in l]
    problems += [f"page error: {e}" for e in c["errors"]]
    problems += [f"console: {l.strip()}" for l in console]
    problems += [f"broken image: {s}" for s in c["brokenImages"]]
    problems += [f"broken internal link: #{s}" for s in sorted(set(c["brokenLinks"]))]
    problems += [f"KaTeX error: {e}" for e in c["katexErrors"]]
    problems += [f"font failed: {e}" for e in c["fontErrors"]]
    if not c["katexLoaded"]:
        problems.append("KaTeX did not load")
    if c["untypeset"]:
        problems.append(f"{c['untypeset']} math spans left untypeset")
    if c["mathSpans"] == 0:
        problems.append("no formula on the page")
    problems += [f"claim anchor #{i}: {n} elements with this id (want 1)" for i, n in c["anchors"]]
    shown = {os.path.basename(s) for s in c["imageSources"]}
    problems += [f"figure not shown on the page: plots/{p}" for p in plots if p not in shown]
    if not os.path.isfile(shot):
        problems.append("no screenshot written")

    print(f"check-report: {c['formulas']} formulas typeset in {c['mathSpans']} math spans ({len(c['katexErrors'])} KaTeX errors), "
          f"{c['images']} images ({c['figures']} figures; {len(c['brokenImages'])} broken; {len(plots)} files in plots/), "
          f"{c['internalLinks']} internal links ({len(set(c['brokenLinks']))} broken), {c['claims'] - len(c['anchors'])}/{c['claims']} claims "
          f"with exactly one anchor, {len(c['errors']) + len(console)} page/console errors; screenshot {shot}")
    for p in problems:
        print("  FAIL " + p)
    print("check-report: " + ("passed" if not problems else f"FAILED ({len(problems)} problems)"))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
