import Foundation
import FrontlineTestSupport
import Testing

/// Reviews, disputes, promotions, `score` and the command line's errors in the Japanese interface:
/// Frontline's own words are Japanese; what is left in English is content (ids, names, what the
/// scenario and the rubric say, what the trainee wrote).
@Suite struct JapaneseCommandTests {
  static let japanese = ["FRONTLINE_UI_LANGUAGE": "ja"]
  let library = ["--library", FrontlineProcess.fixtures + "/library"]

  /// A history with Dana's attempts, and Lee recorded as a team leader.
  private func database() async throws -> (path: String, folder: URL) {
    let (path, folder) = try await FrontlineProcess.seededDatabase([("Dana", 2)])
    let lead = try await FrontlineProcess.run(["admin", "add-lead", "Lee", "--database", path])
    #expect(lead.status == 0, "\(lead.stderr)")
    return (path, folder)
  }

  /// Runs `frontline` in Japanese.
  private func run(_ arguments: [String]) async throws -> ChildProcess.Outcome {
    try await FrontlineProcess.run(arguments, environment: Self.japanese)
  }

  /// The ASCII words of the content a command's JSON form holds under `keys` (titles, messages,
  /// replies, criteria, reasons, names): what a Japanese interface shows as the content says it.
  static func contentWords(ofJSON json: String, keys: Set<String>) throws -> Set<String> {
    var words: Set<String> = []
    func strings(_ value: Any) -> [String] {
      switch value {
      case let text as String: [text]
      case let array as [Any]: array.flatMap(strings)
      case let object as [String: Any]: object.values.flatMap(strings)
      default: []
      }
    }
    func walk(_ value: Any) {
      if let object = value as? [String: Any] {
        for (key, child) in object {
          if keys.contains(key) {
            for text in strings(child) { words.formUnion(asciiWords(text)) }
          } else {
            walk(child)
          }
        }
      } else if let array = value as? [Any] {
        array.forEach(walk)
      }
    }
    walk(try JSONSerialization.jsonObject(with: Data(json.utf8)))
    return words
  }

  static func asciiWords(_ text: String) -> Set<String> {
    Set(text.split { !($0.isASCII && $0.isLetter) }.map(String.init))
  }

  /// What the scenario, the rubric and the trainee said, in the JSON of a transcript or a score.
  static let contentKeys: Set<String> = [
    "scenario", "scenarioTitle", "step", "customerMessages", "reply", "description", "tip", "evidence",
    "note", "notes", "reason", "trainee", "reviewer",
  ]

  @Test func aDisputeTheQueueATranscriptAndAnOverrideAreInJapanese() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let dispute = try await run(
      ["dispute", "1", "--reason", "I did offer the refund", "--trainee", "Dana"] + db)
    #expect(dispute.status == 0, "\(dispute.stderr)")
    #expect(
      dispute.stdout.contains(
        "受講 #1 への異議申し立て #1 を記録しました。チームリーダーが `frontline review --queue` で確認します。"))
    #expect(EnglishLeft.words(in: dispute.stdout, allowing: ["frontline", "review"]).isEmpty)

    let other = try await run(["dispute", "1", "--reason", "x", "--trainee", "Sam"] + db)
    #expect(other.status != 0)
    #expect(other.stderr.contains("エラー: 受講 1 はDanaさんの受講です。異議申し立てができるのは本人だけです"))
    #expect(EnglishLeft.words(in: other.stderr, allowing: ["Dana"]).isEmpty, "\(other.stderr)")

    let queue = try await run(["review", "--queue"] + db)
    #expect(queue.status == 0, "\(queue.stderr)")
    #expect(queue.stdout.contains("未処理の異議申し立て（1件）"))
    #expect(queue.stdout.contains("  受講 #1 — Dana: I did offer the refund"))
    #expect(queue.stdout.contains("、待機中 1分未満") || queue.stdout.contains("、待機中 1分"))
    #expect(queue.stdout.contains("--reviewer 名前 --accept|--reject"))
    #expect(queue.stdout.contains("未レビューの不合格試験（0件）"))
    #expect(queue.stdout.contains("承認待ちの昇格（0件）"))
    let queueAllowed = Self.asciiWords("Dana I did offer the refund frontline review")
    #expect(EnglishLeft.words(in: queue.stdout, allowing: queueAllowed).isEmpty, "\(queue.stdout)")

    let accepted = try await run(
      [
        "review", "1", "--reviewer", "Lee", "--accept", "--override", "accuracy=90", "--override",
        "passed=true", "--reason", "the refund was offered",
      ] + db)
    #expect(accepted.status == 0, "\(accepted.stderr)")
    #expect(accepted.stdout.hasPrefix("受講 #1 のレビュー #1（担当: Lee）を記録しました。適用される結果: "))
    #expect(accepted.stdout.contains("異議申し立て #1 を受理しました。"))
    // The result itself ("PASS 85") is ResultText's, converted with the progress views.
    let resultWords: Set<String> = ["PASS", "FAIL", "verdict", "overridden", "by", "Lee"]
    #expect(EnglishLeft.words(in: accepted.stdout, allowing: resultWords).isEmpty, "\(accepted.stdout)")

    let transcript = try await run(["review", "1"] + db)
    #expect(transcript.status == 0, "\(transcript.stderr)")
    let text = transcript.stdout
    #expect(text.contains("受講 #1 — Dana — "))
    #expect(text.contains("・苦情・難易度 ") || text.contains("・問い合わせ・難易度 "), "\(text)")
    #expect(text.contains("・練習・"))
    #expect(text.contains("結果: "))
    #expect(text.contains("（修正済み。元の結果: "))
    #expect(text.contains("ターン 1・opening・5秒"))
    #expect(text.contains("  お客様: Where is my order?"))
    #expect(text.contains("  返答: I'm so sorry, Dana. I've issued a full refund."))
    #expect(text.contains("  取り次ぎ先: 取り次ぎなし"))
    #expect(text.contains("    ✓ Apologises（共感 10/10）"))
    #expect(text.contains("        アドバイス: Offer it."))
    #expect(text.contains("点  （合格点 "))
    // Disputes and reviews are wrapped to the terminal: in Japanese anywhere, in English at a space,
    // which the break takes; so they are compared without white space.
    let squeezed = { (text: String) in text.filter { !$0.isWhitespace } }
    let unwrapped = squeezed(text)
    #expect(unwrapped.contains(squeezed("異議申し立て #1（Dana、")))
    #expect(unwrapped.contains(squeezed("、処理済み: 受理）: I did offer the refund")))
    #expect(unwrapped.contains(squeezed("レビュー（Lee、")))
    #expect(
      unwrapped.contains(squeezed("） — 異議申し立てを受理: 正確さ → 90、合否 → 合格。理由: the refund was offered")))
    let json = try await run(["review", "1", "--format", "json"] + db)
    let content = try Self.contentWords(ofJSON: json.stdout, keys: Self.contentKeys)
    let left = EnglishLeft.words(in: text, allowing: content.union(resultWords))
    #expect(left.isEmpty, "\(left)\n\(text)")
  }

  @Test func aPromotionIsRefusedAndForcedInJapanese() async throws {
    let (path, folder) = try await database()
    defer { try? FileManager.default.removeItem(at: folder) }
    let db = ["--database", path]
    let refused = try await run(["promote", "Dana", "--reviewer", "Lee"] + db)
    #expect(refused.status != 0)
    #expect(refused.stderr.hasPrefix("エラー: Danaさんは"))
    #expect(refused.stderr.contains("の条件をまだ満たしていません:"))
    #expect(refused.stderr.contains("それでも昇格させる場合は --force --reason 理由 を指定してください（記録されます）。"))
    // The requirements are the ladder's, in words FrontlineProgress writes.
    let frame = refused.stderr.split(separator: "\n").filter { !$0.hasPrefix("  - ") }.joined(separator: "\n")
    #expect(EnglishLeft.words(in: frame, allowing: ["Dana", "Agent"]).isEmpty, "\(frame)")

    let forced = try await run(["promote", "Dana", "--reviewer", "Lee", "--force", "--reason", "pilot"] + db)
    #expect(forced.status == 0, "\(forced.stderr)")
    #expect(forced.stdout.hasPrefix("Danaさんは"))
    #expect(forced.stdout.contains("になりました（承認: Lee、条件未達のまま昇格）。"))
    #expect(
      EnglishLeft.words(in: forced.stdout, allowing: ["Dana", "Lee", "Agent"]).isEmpty, "\(forced.stdout)")

    let noReason = try await run(["promote", "Dana", "--reviewer", "Lee", "--force"] + db)
    #expect(noReason.status == 64)
    #expect(noReason.stderr.hasPrefix("エラー: --force には --reason が必要です（理由は記録されます）"))
  }

  @Test func scoreExplainsAReplyInJapanese() async throws {
    let arguments =
      ["score", "mini-refund", "--response", "Calm down. Sorry, your refund is on its way."] + library
    let outcome = try await run(arguments)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let lines = outcome.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("mini-refund · opening  不合格 ") == true, "\(lines)")
    #expect(lines.first?.hasSuffix("点  （合格点 70点）") == true)
    #expect(lines.contains { $0.hasPrefix("  共感") })
    #expect(lines.contains { $0.hasPrefix("  正確さ") })
    #expect(lines.contains("  ✓ Apologises for the delay（共感 10/10）"))
    #expect(lines.contains("      「Sorry」"))
    #expect(lines.contains { $0.contains("Does not blame the customer") && $0.hasSuffix(" 重大") })
    #expect(lines.contains { $0.hasPrefix("      アドバイス: ") })
    let json = try await run(arguments + ["--format", "json"])
    let content = try Self.contentWords(ofJSON: json.stdout, keys: Self.contentKeys)
    let left = EnglishLeft.words(in: outcome.stdout, allowing: content.union(["opening"]))
    #expect(left.isEmpty, "\(left)\n\(outcome.stdout)")
  }

  @Test func scoringAFileNamesItsBadLinesInJapanese() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "frontline-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("replies.jsonl").path
    try "not json\n\n".write(toFile: file, atomically: true, encoding: .utf8)
    let outcome = try await run(["score", "mini-refund", "--responses-file", file] + library)
    #expect(outcome.status == 1)
    #expect(outcome.stdout.contains("1行目: 採点していません: JSON オブジェクトではありません。"))
    #expect(outcome.stderr.contains("replies.jsonl:2: エラー: 空行です。JSON オブジェクトが必要です"))
    #expect(outcome.stderr.contains("2行のうち2行を採点できませんでした。"))
    let allowed: Set<String> = ["JSON", "UTF", "response", "route", "billing", "replies", "jsonl"]
    #expect(EnglishLeft.words(in: outcome.stdout + outcome.stderr, allowing: allowed).isEmpty)
  }

  @Test func validateAndRubricTestSumUpInJapanese() async throws {
    let validate = try await run(["validate"] + library)
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout == "4個のファイルを確認しました。問題はありません。\n")
    let test = try await run(["rubric", "test", "--verbose"] + library)
    #expect(test.status == 0, "\(test.stderr)")
    let lines = test.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("例 ") == true)
    #expect(lines.contains("ルーブリック refund-basics"))
    #expect(lines.contains { $0.hasPrefix("✓ blames") && $0.contains("不合格    不合格 0") })
    #expect(lines.last == "例2件: 期待どおり2件、不一致0件。")
    // Example names and what decided each score are the rubric's and the engine's.
    let allowed: Set<String> = ["strong", "blames", "all", "criteria", "met", "critical"]
    #expect(EnglishLeft.words(in: test.stdout, allowing: allowed).isEmpty, "\(test.stdout)")
  }

  @Test func theCommandLinesErrorsAreInJapanese() async throws {
    let scenario = try await run(["score", "mini-refunds", "--response", "x"] + library)
    #expect(scenario.status != 0)
    #expect(
      scenario.stderr.contains("エラー: シナリオ 'mini-refunds' はありません。'mini-refund' のことですか？"))
    #expect(EnglishLeft.words(in: scenario.stderr).isEmpty, "\(scenario.stderr)")

    let department = try await run(
      ["score", "mini-refund", "--response", "x", "--route", "billng"] + library)
    #expect(department.status != 0)
    #expect(department.stderr.contains("エラー: 部署 'billng' はありません。部署: billing、supervisor"))
    #expect(
      EnglishLeft.words(in: department.stderr, allowing: ["billng", "billing", "supervisor"]).isEmpty,
      "\(department.stderr)")

    let step = try await run(["score", "mini-refund", "--step", "closing", "--response", "x"] + library)
    #expect(step.stderr.contains("シナリオ 'mini-refund' にステップ 'closing' はありません。ステップ: opening、second-chance"))
    #expect(EnglishLeft.words(in: step.stderr, allowing: ["closing", "opening"]).isEmpty, "\(step.stderr)")

    // A usage error: the message is Frontline's; the usage ArgumentParser adds is its help.
    let usage = try await run(["score", "mini-refund"] + library)
    #expect(usage.status == 64)
    let first = usage.stderr.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first == "エラー: --response 返答 と --responses-file ファイル.jsonl のどちらか一方を指定してください")
    #expect(EnglishLeft.words(in: first).isEmpty)

    let empty = try await run(["review", "1", "--database", ""])
    #expect(empty.status != 0)
    #expect(empty.stderr.hasPrefix("エラー: --database が空です。"))
  }

  @Test func theLocaleAloneGivesJapaneseAndTheFlagOverridesIt() async throws {
    // Only LANG speaks: the variables that come before it are empty, which counts as unset.
    let locale = ["LANG": "ja_JP.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "FRONTLINE_UI_LANGUAGE": ""]
    let arguments = ["score", "mini-refunds", "--response", "x"] + library
    let japanese = try await FrontlineProcess.run(arguments, environment: locale)
    #expect(japanese.stderr.contains("シナリオ 'mini-refunds' はありません。"), "\(japanese.stderr)")
    let english = try await FrontlineProcess.run(["--ui-language", "en"] + arguments, environment: locale)
    #expect(english.stderr.contains("Error: unknown scenario 'mini-refunds'; did you mean 'mini-refund'?"))
    let after = try await FrontlineProcess.run(arguments + ["--ui-language=en"], environment: locale)
    #expect(after.stderr.contains("unknown scenario 'mini-refunds'"))
  }

  @Test func anInterfaceLanguageFrontlineDoesNotHaveIsRefused() async throws {
    let outcome = try await FrontlineProcess.run(["--ui-language", "fr", "list"] + library)
    #expect(outcome.status == 64)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr == "Error: --ui-language takes en or ja, not 'fr'\n")
    let variable = try await FrontlineProcess.run(
      ["list"] + library, environment: ["FRONTLINE_UI_LANGUAGE": "fr"])
    #expect(variable.status == 64)
    #expect(variable.stderr.contains("FRONTLINE_UI_LANGUAGE takes en or ja, not 'fr'"))
  }
}
