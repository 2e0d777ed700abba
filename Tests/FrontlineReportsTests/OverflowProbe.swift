import Foundation

@testable import FrontlineReports

/// Finds what sticks out of a rendered page. Headless Chromium's window is never narrower than 500 px,
/// so the page is shown in an `<iframe>` of the width under test (its media queries see that width), in
/// a frame page made for the test. Once the page has loaded, a script in the frame page (the report
/// has none, and its Content-Security-Policy forbids one) measures it and writes into the DOM, as JSON,
/// every element wider than its own box (whose `scrollWidth` passes its `clientWidth`) and every
/// element whose right edge passes the viewport, except inside a `scroll` container, which may scroll
/// (it must still fit itself).
enum OverflowProbe {
  /// What the script found.
  struct Finding: Decodable {
    /// The viewport's width in CSS pixels.
    var viewport: Double
    /// The page's own scrolling width: more than `viewport` means the page scrolls sideways.
    var page: Double
    /// Each element that sticks out, described with its tag, class and text.
    var overflowing: [String]
  }

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The window Chromium needs to show a frame `width` wide.
  static func window(for width: Int) -> Int { max(width, 500) }

  /// A frame page that shows `html` in a frame `width` × `height`, and measures it when `measure`.
  static func frame(_ html: String, width: Int, height: Int, measure: Bool) -> String {
    let probe = measure ? "<script>\(script)</script>" : ""
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8"><title>frame</title>
      <style>body { margin: 0; background: #fff; } iframe { display: block; border: 0; }</style></head>
      <body><iframe id="page" width="\(width)" height="\(height)" srcdoc="\(HTMLEscaping.escape(html))"></iframe>
      \(probe)</body></html>
      """
  }

  /// The finding in a DOM Chromium dumped.
  static func finding(in dom: String) throws -> Finding {
    guard let start = dom.range(of: "<pre id=\"overflow-probe\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { throw Failure(description: "the probe wrote nothing; the DOM was: \(dom.prefix(500))") }
    let json = String(dom[start.upperBound..<end.lowerBound])
      .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&nbsp;", with: "\u{A0}").replacingOccurrences(of: "&amp;", with: "&")
    return try JSONDecoder().decode(Finding.self, from: Data(json.utf8))
  }

  static let script = """
    document.getElementById('page').addEventListener('load', function () {
      var document = this.contentDocument, getComputedStyle = this.contentWindow.getComputedStyle;
      var viewport = document.documentElement.clientWidth;
      var found = [];
      function describe(element) {
        var text = (element.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 60);
        return element.tagName.toLowerCase() + (element.className && element.className.baseVal === undefined
          ? '.' + element.className.split(' ').join('.') : '') + ' "' + text + '"';
      }
      var elements = document.body.querySelectorAll('*');
      for (var i = 0; i < elements.length; i++) {
        var element = elements[i];
        var parent = element.parentElement;
        if (parent && parent.closest('svg')) continue;
        var insideScroller = parent && parent.closest('.scroll');
        var style = getComputedStyle(element);
        var scrolls = element.classList.contains('scroll');
        if (!scrolls && style.display !== 'inline' && element.clientWidth > 0
            && element.scrollWidth > element.clientWidth + 1) {
          found.push(describe(element) + ': content ' + element.scrollWidth + ' px in ' + element.clientWidth + ' px');
        }
        var right = element.getBoundingClientRect().right;
        if (!insideScroller && right > viewport + 0.5) {
          found.push(describe(element) + ': right edge at ' + Math.round(right) + ' px of ' + viewport);
        }
      }
      var report = window.document.createElement('pre');
      report.id = 'overflow-probe';
      report.textContent = JSON.stringify({
        viewport: viewport, page: document.documentElement.scrollWidth, overflowing: found });
      window.document.body.appendChild(report);
    });
    """
}
