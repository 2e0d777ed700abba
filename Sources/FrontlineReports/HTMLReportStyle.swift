/// The HTML report's style sheet, inlined in the page: system fonts, light colours, phones to wide
/// screens, and print.
///
/// Any section can reuse its pieces: `card` for a section, `stack` for a table whose rows become
/// blocks of labelled lines on a narrow screen (each `td` names its column in `data-label`; the row's
/// `th` heads the block), `scroll` around a table that must keep its columns (it scrolls inside its
/// card, with a shadow at the edge that has more), `badge`, `muted`, `empty`.
enum HTMLReportStyle {
  static var css: String { layout + "\n" + HeatMap.css + "\n" + coaching + "\n" + narrow + "\n" + print }

  /// The coaching sections (`HTMLCoaching`): quoted replies and what they missed.
  private static let coaching = """
    .coaching h3 { margin: 18px 0 6px; font-size: 15px; }
    .coaching .note { margin-top: 0; }
    ol.weakest { margin: 0; padding-left: 22px; }
    ol.weakest > li { margin: 0 0 14px; }
    .weak-head { margin: 0 0 6px; }
    blockquote.said {
      margin: 4px 0; padding: 6px 10px; border-left: 3px solid var(--line); background: var(--soft);
      border-radius: 0 6px 6px 0; white-space: pre-line;
    }
    blockquote.said.reply { border-left-color: var(--accent); }
    blockquote.said .who {
      display: block; font-size: 11px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted);
    }
    ul.misses { margin: 6px 0 0; padding-left: 18px; }
    ul.misses li { margin: 3px 0; }
    ul.misses .tip, ul.missed-list .tip { color: var(--muted); }
    ul.plain { margin: 0; padding-left: 18px; }
    ul.plain li { margin: 3px 0; }
    .badge.critical { background: #ffebe9; color: var(--down); border: 1px solid #ffcecb; }
    a.name { color: var(--accent); text-decoration: none; }
    a.name:hover { text-decoration: underline; }
    """

  private static let layout = """
    :root {
      --ink: #1f2328; --muted: #656d76; --line: #d8dee4; --soft: #f6f8fa; --page: #eef1f4;
      --accent: #0969da; --up: #1a7f37; --down: #cf222e; --amber: #9a6700; --amber-soft: #fff8c5;
      --violet: #8250df; --violet-soft: #fbefff;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--page); color: var(--ink); line-height: 1.45; font-size: 14px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
        "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic UI", Meiryo, "Noto Sans CJK JP",
        "IPAGothic", sans-serif;
      -webkit-print-color-adjust: exact;
      overflow-wrap: break-word; line-break: strict;
    }
    .page { max-width: 1240px; margin: 0 auto; padding: 24px 20px 40px; }
    code, .command {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 12px;
    }
    code {
      background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px;
      overflow-wrap: anywhere;
    }
    .masthead {
      display: flex; justify-content: space-between; align-items: flex-end; gap: 16px; flex-wrap: wrap;
      background: #1f2937; color: #f9fafb; border-radius: 10px; padding: 20px 24px;
    }
    .masthead h1 { margin: 2px 0 6px; font-size: 26px; letter-spacing: -0.01em; }
    .eyebrow {
      margin: 0; font-size: 12px; text-transform: uppercase; letter-spacing: 0.08em; color: #9ca3af;
    }
    .period { margin: 0; color: #d1d5db; }
    .period strong { color: #fff; }
    .generated { margin: 0; text-align: right; font-size: 12px; color: #9ca3af; }
    .generated time { color: #e5e7eb; font-size: 14px; }
    .toc { display: flex; flex-wrap: wrap; gap: 6px; margin: 14px 0 0; }
    .toc a {
      color: var(--accent); text-decoration: none; font-size: 13px; padding: 3px 10px;
      border: 1px solid var(--line); border-radius: 999px; background: #fff;
    }
    .toc a:hover { border-color: var(--accent); }
    .tiles {
      display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px;
      margin: 14px 0;
    }
    .tile {
      background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 12px 16px;
      display: flex; flex-direction: column;
    }
    .tile.alert { border-color: #d4a72c; background: var(--amber-soft); }
    .tile-label { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.05em; }
    .tile-value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
    .tile-note { font-size: 12px; color: var(--muted); }
    .card {
      background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 16px 20px;
      margin: 14px 0; box-shadow: 0 1px 2px rgba(31, 35, 40, 0.04);
    }
    .card h2 { margin: 0 0 4px; font-size: 18px; }
    .note { margin: 0 0 12px; color: var(--muted); font-size: 13px; }
    .empty { margin: 6px 0; color: var(--muted); font-style: italic; }
    .empty.small { font-size: 12px; }
    .muted { color: var(--muted); }
    .scroll {
      overflow-x: auto; background-repeat: no-repeat; background-color: #fff;
      background-image: linear-gradient(to right, #fff 30%, rgba(255, 255, 255, 0)),
        linear-gradient(to left, #fff 30%, rgba(255, 255, 255, 0)),
        radial-gradient(farthest-side at 0 50%, rgba(31, 35, 40, 0.22), rgba(31, 35, 40, 0)),
        radial-gradient(farthest-side at 100% 50%, rgba(31, 35, 40, 0.22), rgba(31, 35, 40, 0));
      background-position: 0 0, 100% 0, 0 0, 100% 0;
      background-size: 40px 100%, 40px 100%, 14px 100%, 14px 100%;
      background-attachment: local, local, scroll, scroll;
    }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td {
      padding: 7px 10px; text-align: left; vertical-align: middle; border-bottom: 1px solid var(--line);
    }
    thead th {
      font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase;
      letter-spacing: 0.04em; background: var(--soft); white-space: nowrap;
    }
    tbody tr:hover { background: #f6f8fa; }
    .num { text-align: right; white-space: nowrap; }
    th.cat { text-transform: capitalize; }
    thead th.cat { text-transform: uppercase; }
    .team .trainee { font-weight: 600; }
    .team tr.has-override > th { box-shadow: inset 3px 0 0 var(--violet); }
    .team .name { margin-right: 6px; }
    .na-text { color: var(--muted); }
    .badge {
      display: inline-block; max-width: 100%; padding: 0 7px; border-radius: 9px; font-size: 11px;
      font-weight: 600; line-height: 18px; vertical-align: 1px; white-space: nowrap;
    }
    .level .badge { margin-left: 6px; }
    .badge.pending { background: var(--amber-soft); color: var(--amber); border: 1px solid #d4a72c; }
    .badge.override { background: var(--violet-soft); color: var(--violet); border: 1px solid #d8b9ff; }
    .queue .badge.pending { margin-left: 0; }
    .meter {
      display: inline-block; width: 46px; height: 6px; margin-left: 8px; background: #eaeef2;
      border-radius: 3px; overflow: hidden; vertical-align: middle;
    }
    .meter > span { display: block; height: 100%; background: var(--accent); }
    .meter.miss > span { background: #e16f24; }
    .trend { font-weight: 600; }
    .trend.up { color: var(--up); }
    .trend.down { color: var(--down); }
    .trend.flat { color: var(--muted); }
    .last time { display: block; white-space: nowrap; }
    .ago { display: block; font-size: 12px; color: var(--muted); }
    .ago.stale { color: var(--amber); font-weight: 600; }
    .heat-map { width: 100%; }
    .heat-map th[scope="row"] { width: 30%; overflow-wrap: anywhere; }
    .heat-map thead th.cat { text-transform: capitalize; letter-spacing: 0; font-size: 12px; }
    .heat-map td, .heat-map tfoot th { border: 2px solid #fff; }
    .heat-map thead th.cat, .heat, .mean-cell { text-align: center; padding: 7px 4px; }
    .heat, .mean-cell { font-weight: 700; font-size: 15px; }
    .heat.na, .mean-cell.na, .heat-step.na {
      background: #eaeef2; color: #57606a; font-weight: 500; font-size: 12px;
    }
    .heat-map tfoot th, .heat-map tfoot td { border-top: 8px solid #fff; border-bottom: 0; }
    .heat-map tfoot th {
      font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em;
    }
    .mean-cell.weakest { outline: 2px solid var(--ink); outline-offset: -4px; }
    .legend {
      display: flex; flex-wrap: wrap; align-items: center; gap: 6px 10px; margin-top: 12px; font-size: 12px;
    }
    .legend-label { color: var(--muted); }
    .heat-scale { display: flex; flex-wrap: wrap; gap: 2px; margin: 0; padding: 0; list-style: none; }
    .heat-step {
      padding: 2px 7px; border-radius: 3px; font-size: 11px; font-weight: 600; white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .spark-grid {
      display: grid; grid-template-columns: repeat(auto-fill, minmax(min(210px, 100%), 1fr)); gap: 10px;
    }
    .spark-card { border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; }
    .spark-name { margin: 0 0 4px; font-weight: 600; overflow-wrap: anywhere; }
    .sparkline { display: block; width: 100%; height: auto; }
    .spark-dates {
      display: flex; justify-content: space-between; gap: 8px; margin: 2px 0 0; font-size: 11px;
      color: var(--muted); font-variant-numeric: tabular-nums;
    }
    .spark-stats { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
    .key { white-space: nowrap; color: #0969da; }
    .spark-stats strong { color: var(--ink); }
    .pass { color: var(--up); font-weight: 600; }
    .fail { color: var(--down); font-weight: 600; }
    .missed .rank { color: var(--muted); width: 2em; }
    .missed .misses { font-weight: 600; }
    .missed .tip { color: #424a53; }
    .pair {
      display: grid; grid-template-columns: repeat(auto-fit, minmax(min(420px, 100%), 1fr)); gap: 0 14px;
    }
    .overrides .result { white-space: nowrap; }
    .overrides .changed { display: block; font-size: 12px; color: var(--muted); white-space: normal; }
    .verdict { font-size: 12px; font-weight: 600; }
    .verdict.pass { color: var(--up); }
    .verdict.fail { color: var(--down); }
    .dates, .stack time { white-space: nowrap; }
    .level-id { font-weight: 600; }
    .command {
      display: inline-block; max-width: 100%; background: #1f2937; color: #f9fafb; border: 0;
      border-radius: 5px; padding: 2px 8px; overflow-wrap: anywhere;
    }
    .command .word, .flag, .step { white-space: nowrap; }
    .disputes { list-style: none; margin: 0; padding: 0; }
    .dispute { border: 1px solid var(--line); border-left: 4px solid #d4a72c; border-radius: 8px;
      padding: 10px 14px; margin: 0 0 10px; }
    .dispute-head { display: flex; flex-wrap: wrap; gap: 4px 14px; align-items: baseline; }
    .dispute-head time { color: var(--muted); font-size: 12px; margin-left: auto; }
    .attempt { font-weight: 700; }
    .who { font-weight: 600; }
    .reason {
      margin: 8px 0; padding: 6px 12px; background: var(--soft); border-radius: 6px;
      white-space: pre-wrap;
    }
    .settle { margin: 0; font-size: 12px; }
    .footer { margin-top: 18px; text-align: center; font-size: 12px; color: var(--muted); }
    """

  /// Phones and narrow windows: `stack` tables become blocks of labelled lines.
  private static let narrow = """
    @media (max-width: 640px) {
      .page { padding: 12px 10px 24px; }
      .card { padding: 12px 12px; }
      .masthead { padding: 16px; }
      .pair { grid-template-columns: 1fr; }
      .masthead h1 { font-size: 22px; }
      .generated { text-align: left; }
    }
    @media screen and (max-width: 860px) {
      .stack thead { display: none; }
      .stack, .stack tbody, .stack th, .stack td { display: block; width: auto; }
      .stack tr {
        display: grid; grid-template-columns: repeat(auto-fill, minmax(min(220px, 100%), 1fr));
        column-gap: 28px; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px;
        margin: 0 0 10px;
      }
      .stack th[scope="row"], .stack td.tip, .stack td.criterion, .stack td.reason-cell {
        grid-column: 1 / -1;
      }
      .stack tbody tr:hover { background: none; }
      .stack th[scope="row"] { border: 0; padding: 0 0 4px; font-size: 15px; text-align: left; }
      .stack td {
        padding: 5px 0; border-bottom: 1px dashed var(--line); text-align: right; white-space: normal;
      }
      .stack td:last-child { border-bottom: 0; }
      .stack .badge { white-space: normal; overflow-wrap: break-word; word-break: keep-all; text-align: left; }
      .stack td::before {
        content: attr(data-label); float: left; margin-right: 12px; font-size: 12px; font-weight: 600;
        color: var(--muted); text-transform: uppercase; letter-spacing: 0.04em;
      }
      .stack td::after { content: ""; display: block; clear: both; }
      .stack td.tip, .stack td.criterion, .stack td.reason-cell { text-align: left; }
      .stack td.tip::before, .stack td.criterion::before, .stack td.reason-cell::before {
        float: none; display: block;
      }
      .team tr.has-override { border-left: 4px solid var(--violet); }
      .team tr.has-override > th { box-shadow: none; }
      .last time, .ago { display: inline; }
      .missed .rank { width: auto; }
    }
    """

  private static let print = """
    @media print {
      @page { margin: 12mm; }
      body { background: #fff; font-size: 11px; }
      .page { max-width: none; padding: 0; }
      .toc { display: none; }
      .masthead { background: #fff; color: var(--ink); border: 1px solid var(--ink); }
      .eyebrow, .generated, .period { color: var(--muted); }
      .period strong, .generated time { color: var(--ink); }
      .card, .tile { box-shadow: none; break-inside: avoid; }
      .card { border-color: #bbb; }
      .scroll { overflow: visible; }
      tr, .spark-card, .dispute { break-inside: avoid; }
      thead { display: table-header-group; }
      .pair { display: block; }
      .command { background: #fff; color: var(--ink); border: 1px solid var(--ink); }
      .tiles { grid-template-columns: repeat(auto-fit, minmax(100px, 1fr)); gap: 8px; }
      .tile { padding: 8px 10px; }
      .tile-value { font-size: 20px; }
      table, code, .command { font-size: 10px; }
      th, td { padding: 4px 5px; }
      thead th { white-space: normal; font-size: 10px; }
      .team .meter { display: none; }
      .heat, .mean-cell { font-size: 12px; }
      .card { padding: 10px 12px; margin: 8px 0; }
    }
    """
}
