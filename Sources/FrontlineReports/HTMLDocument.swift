import FrontlineText

/// The shell every Frontline page shares: HTML5, the viewport for phones, a Content-Security-Policy
/// that allows nothing but the inline style, and the style sheet. The page's language is the
/// interface's; text quoted in another language carries its own (``HTMLLanguage``).
enum HTMLDocument {
  static func page(title: String, language: UILanguage, body: HTMLMarkup) -> HTMLMarkup {
    """
    <!DOCTYPE html>
    <html lang="\(language.rawValue)">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
    <meta name="color-scheme" content="light">
    <meta name="generator" content="Frontline">
    <title>\(title)</title>
    <style>
    \(HTMLMarkup(trusted: HTMLReportStyle.css))
    </style>
    </head>
    <body>
    <main class="page">
    \(body)
    </main>
    </body>
    </html>

    """
  }
}
