"""Headless Debian Chromium for the report's tests and screenshots.

The report has no script; to measure it, `measure_labels` renders a copy with one injected
script that records the bounding box of every rendered piece of text and writes the
overlapping pairs into the DOM, which `--dump-dom` then returns. Headless Chromium lays a
page out at least 500 px wide under `--dump-dom` (only screenshots get the exact window
size), so the copy is shown in an iframe of the width wanted, whose viewport the report's
media queries see, and the script hands its result to the outer page.
"""

import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRE_BROWSER = os.environ.get("TRACKER_REQUIRE_BROWSER") == "1"

needs_browser = pytest.mark.skipif(
    CHROMIUM is None and not REQUIRE_BROWSER,
    reason="no chromium binary (CI installs Debian's chromium)",
)

# Every text node's line boxes (Range.getClientRects: one per line, so wrapped text is
# measured line by line), then every pair of boxes that overlap by more than a pixel
# each way. Text inside <title> (tooltips), <style> and <script> is never drawn.
MEASURE = r"""
<script>
(function () {
  // Text clipped away by an overflow-hidden box (an ellipsis, a clamped quote) is not drawn:
  // only the part inside that box counts. Scrolling boxes do not clip here, so the lanes
  // are measured over their whole width.
  function clipOf(element) {
    for (let e = element; e && e !== document.body; e = e.parentElement) {
      if (e instanceof HTMLElement && getComputedStyle(e).overflowX === "hidden") {
        return e.getBoundingClientRect();
      }
    }
    return null;
  }
  function intersect(a, b) {
    return {left: Math.max(a.left, b.left), top: Math.max(a.top, b.top),
            right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom)};
  }
  const boxes = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.data.trim()) continue;
    const holder = node.parentElement;
    if (!holder || holder.closest("title, style, script, #measure")) continue;
    const range = document.createRange();
    const index = boxes.length;
    range.selectNodeContents(node);
    const clip = clipOf(holder);
    for (const full of range.getClientRects()) {
      const r = clip ? intersect(full, clip) : full;
      if (r.right - r.left < 0.5 || r.bottom - r.top < 0.5) continue;
      boxes.push({node: index, text: node.data.trim().slice(0, 40), left: r.left + scrollX,
                  top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY,
                  svg: !!holder.closest("svg")});
    }
  }
  const overlaps = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      // The line boxes of one text node never collide (an ellipsis gives two boxes).
      if (a.node !== b.node && dx > 1 && dy > 1) overlaps.push([a, b]);
    }
  }
  const host = window.parent.document;  // the page around the iframe
  const out = host.createElement("pre");
  out.id = "measure";
  const lanes = document.getElementById("swimlanes");
  out.textContent = JSON.stringify({
    width: innerWidth, page_width: document.documentElement.scrollWidth,
    lanes: lanes ? {scroll: lanes.scrollWidth, client: lanes.clientWidth} : null,
    boxes: boxes, overlaps: overlaps});
  host.body.appendChild(out);
})();
</script>
"""


def chromium_flags(profile: Path, width: int, height: int) -> list[str]:
    """The command line every run uses: offline, no first-run, a throwaway profile."""
    assert CHROMIUM, "TRACKER_REQUIRE_BROWSER=1 but no chromium is installed"
    return [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        f"--window-size={width},{height}",
    ]


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done


def measure_labels(html_path: Path, width: int, height: int = 900) -> dict[str, Any]:
    """Render a measuring copy of the report at `width` px; its boxes and overlaps."""
    measured = html_path.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>")
    page = (
        '<!doctype html><html><body style="margin:0">'
        f'<iframe width="{width}" height="{height}" style="border:0" '
        f'srcdoc="{html.escape(measured, quote=True)}"></iframe></body></html>'
    )
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "measured.html"
        wrapper.write_text(page, encoding="utf-8")
        flags = chromium_flags(Path(folder) / "profile", max(width, 500), height)
        dom = _run([*flags, "--dump-dom", wrapper.as_uri()]).stdout
    assert '<pre id="measure">' in dom, "the measuring script did not run"
    start = dom.index('<pre id="measure">') + len('<pre id="measure">')
    text = dom[start : dom.index("</pre>", start)]
    result: dict[str, Any] = json.loads(html.unescape(text))
    return result


def screenshot(html_path: Path, png: Path, width: int, height: int, anchor: str = "") -> None:
    """A `width` x `height` px screenshot of the report, from its top or from `anchor`."""
    target = html_path.as_uri()
    if anchor:
        # A headless screenshot of a URL with a fragment comes out blank; an iframe of the
        # window's size scrolls to the fragment as a browser tab would.
        wrapper = html_path.with_name(f"{html_path.stem}-{anchor.strip('#')}.html")
        wrapper.write_text(
            '<!doctype html><html><body style="margin:0">'
            f'<iframe src="{html_path.name}{anchor}" width="{width}" height="{height}" '
            'style="border:0; display:block"></iframe></body></html>',
            encoding="utf-8",
        )
        target = wrapper.as_uri()
    with tempfile.TemporaryDirectory() as folder:
        flags = chromium_flags(Path(folder) / "profile", width, height)
        _run([*flags, f"--screenshot={png}", target])


def print_to_pdf(html_path: Path, pdf: Path) -> None:
    """The report printed by Chromium with its print stylesheet, without header or footer."""
    with tempfile.TemporaryDirectory() as folder:
        flags = chromium_flags(Path(folder) / "profile", 1400, 900)
        _run([*flags, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", html_path.as_uri()])
