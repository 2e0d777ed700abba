import Foundation
import FrontlineModel
import Testing

@testable import FrontlineScoring

/// Replies read as language: negation by scope in both languages, fragments, what a customer deserved,
/// Japanese base forms.
@Suite struct ReadingTests {
  private func reading(_ text: String) -> ReplyReading { ReplyReading(TextNormalizer.normalize(text)) }

  /// Whether `phrase` is negated where it first occurs in `text`.
  private func negated(_ phrase: String, in text: String) throws -> Bool {
    let reading = reading(text)
    let scalars = reading.text.scalars
    let target = Array(TextNormalizer.normalize(phrase).scalars)
    let start = try #require(
      (0...(scalars.count - target.count)).first { scalars[$0..<($0 + target.count)].elementsEqual(target) })
    let unspaced = target.contains(where: ScriptClass.isUnspaced)
    return reading.negation(start: start, end: start + target.count, unspaced: unspaced) != nil
  }

  @Test(arguments: [
    ("sorry", "I am definitely not in any way at all sorry", true),
    ("apologise", "I'm not going to apologise for something the courier did", true),
    ("hold", "We are not in a position to put any kind of hold on it", true),
    ("sorry", "I won't make excuses, I'm sorry", false),
    ("sorry", "I can't apologise enough, I'm so sorry", false),
    ("apologise", "I can't apologise enough", false),
    ("sorry", "I couldn't be more sorry", false),
    ("scary", "I can't imagine how scary that was", false),
    ("stressful", "I can't begin to imagine what a stressful week you've had", false),
    ("scary", "I can't imagine it was scary", true),
    ("refund", "Don't worry, your refund is on its way", false),
    ("refund", "We don't need anything from you before the refund", false),
    ("charge", "There is no charge for express delivery", true),
    ("refund", "I didn't want you to wait, so I've issued the refund", false),
    ("keep both", "I can't send a second ring now, or let you keep both", true),
    ("keep both", "I can't send a second ring now, and you keep both", false),
    ("choose express", "Next time, don't forget to choose express", false),
    ("read", "Never fail to read the instructions", false),
  ])
  func englishNegationHasAScope(phrase: String, text: String, expected: Bool) throws {
    #expect(try negated(phrase, in: text) == expected, "\(phrase) in \(text)")
  }

  @Test(arguments: [
    ("お詫び", "お詫びするつもりはございません", true),
    ("確認", "取扱説明書をご確認いただく必要はございません", true),
    ("交換", "交換はいたしかねます", true),
    ("申し訳", "ご不便をおかけして申し訳ございません", false),
    ("申し訳", "本当に申し訳ありません", false),
    ("申し訳", "大変申し訳ありませんでした", false),
    ("申し訳", "申し訳ないとは思っていません", true),
    ("交換", "返金できない場合は、交換いたします", false),
    ("返金", "返金いたしますが、手数料はかかりません", false),
    ("確認", "ご確認いただけませんか", false),
    ("ごめん", "ごめんなさい、そんなつもりで聞いたのではありません", false),
    ("次回", "次回はお忘れなく", false),
    ("ご確認", "ご確認を忘れずにお願いします", false),
    ("お詫び", "お詫びだけでは何も解決しません", false),
    ("返金", "返金だけでなく、交換もいたします", false),
    ("クーポン", "クーポンは、変わらずお送りいたします", false),
    ("お詫び", "お詫びもせず、失礼いたしました", true),
    ("返金", "返金はできず、交換となります", true),
    ("申し訳", "申し訳ございません、はっきりお伝えできておりませんでした", false),
    ("大丈夫", "大丈夫です、電話はしないでください", false),
    ("楽し", "楽しそうですね! はい、追加の料金は必要ありません", false),
    ("お詫び", "お詫びはいたしません、規定ですので", true),
  ])
  func japaneseNegationBelongsToItsPredicate(phrase: String, text: String, expected: Bool) throws {
    #expect(try negated(phrase, in: text) == expected, "\(phrase) in \(text)")
  }

  /// A yes or a no set off at the start of the reply (after a salutation) answers the question first;
  /// the same word inside a phrase does not.
  @Test(arguments: [
    ("Yes, Grace, they're stopped.", "Yes"),
    ("Dear Mrs Olsen,\n\nYes. All 52,000 miles have been reinstated.", "Yes"),
    ("No. I can have a technician there tomorrow.", "No"),
    ("Got it, short: card in the slot, PIN on the pad.", "Got it"),
    ("はい、今止めました。", "はい"),
    ("佐々木様\nいいえ、通知は届きません。", "いいえ"),
  ])
  func aFollowUpCanAnswerTheQuestionFirst(text: String, answer: String) throws {
    let reading = reading(text)
    let range = try #require(reading.answerFirst(), "\(text)")
    #expect(String(String.UnicodeScalarView(reading.text.scalars[range])).lowercased() == answer.lowercased())
  }

  @Test(arguments: [
    "No speech, Mr Lee. Billing will refund it.",
    "No replacement will be dispatched before the investigation.",
    "The orders have status paused. Yes, we checked.\nIt is all done.\nYes.",
    "責任者におつなぎします。",
  ])
  func aReplyThatDoesNotOpenWithAnAnswer(text: String) {
    #expect(reading(text).answerFirst() == nil, "\(text)")
  }

  /// Whether `phrase`, where it first occurs in `text`, is said of a case rather than asserted.
  private func hypothetical(_ phrase: String, in text: String) throws -> Bool {
    let reading = reading(text)
    let range = try ScoringFixtures.position(of: phrase, in: reading)
    return reading.isHypothetical(start: range.lowerBound, end: range.upperBound)
  }

  /// A promise in a condition on someone else's decision, or in a concession, is not asserted; a
  /// condition on the customer's wish makes an offer, and a polite request or a permission asserts.
  @Test(arguments: [
    ("返金", "取消が認められた場合は、カード会社を通じてご返金となります。", true),
    ("一緒に請求", "膝の分は、一緒に請求していただいてもお支払いすることはできません。", true),
    ("返金", "ご希望の場合は、全額を返金いたします。", false),
    ("まとめて", "まずはまとめてご請求いただければと思います。", false),
    ("請求", "カード会社に相談していただいても構いません。請求は別です。", false),
    ("返金", "本日中に返金いたします。", false),
    ("refund", "If the claim is approved, the refund goes back to your card.", true),
    ("we can match", "Whether we can match going forward is the account manager's decision.", true),
    ("refund", "If you'd like, I'll refund the full amount now.", false),
    ("refund", "If you send the form today, I'll refund you.", false),
    ("refund", "I'll refund the full amount today.", false),
    ("termination fee", "If you port the lines you'll have to pay an early termination fee.", false),
    ("card number", "If you tell me your card number, I'll upgrade you.", false),
    ("カード番号", "カード番号を教えていただければ、こちらで手続きします。", false),
    ("2台", "今のベーシックプランでも2台で同時に見られます。", false),
  ])
  func aPromiseInACaseIsNotAsserted(phrase: String, text: String, expected: Bool) throws {
    #expect(try hypothetical(phrase, in: text) == expected, "\(phrase) in \(text)")
  }

  /// A guarantee vouches for an outcome (what others decide, what has yet to happen) or for the
  /// speaker's own action; a guarantee as a thing vouches for nothing.
  @Test(arguments: [
    ("guarantee", "I can guarantee the payment will go through.", true),
    ("I promise", "You won't pay a cent more this month, I promise.", true),
    ("definitely", "It'll definitely be there tomorrow.", true),
    ("promise you", "I can promise you this can't happen again.", true),
    ("I promise", "I promise I'll call you back tomorrow.", false),
    ("I promise", "This one's quick, I promise.", false),
    ("guarantee", "The repair has a 90-day guarantee.", false),
    ("必ず", "3件とも必ず全額返金されます。", true),
    ("絶対", "絶対に全額取消となります。", true),
    ("お約束", "全額返金されることをお約束します。", true),
    ("必ず", "センター長に必ずご報告いたします。", false),
    ("確実に", "担当に確実にお伝えします。", false),
    ("必ず", "カードは必ずお持ちください。", false),
    ("保証", "延長保証に入っていただいておりますので、修理は無料です。", false),
  ])
  func aGuaranteeVouchesForAnOutcomeOrAnAction(phrase: String, text: String, expected: Bool) throws {
    let reading = reading(text)
    let range = try ScoringFixtures.position(of: phrase, in: reading)
    #expect(
      reading.guaranteesOutcome(start: range.lowerBound, end: range.upperBound) == expected,
      "\(phrase) in \(text)")
  }

  /// A follow-up that opens by answering the customer's question in its own terms takes it up; one
  /// that opens on something else, or with a question back, does not.
  @Test(arguments: [
    ("Is my phone broken or not? Do I need to take it to a store?", "Your phone is not broken, Aisha.", true),
    ("Is my phone broken or not?", "Dear Aisha,\nYour phone is fine and the network is at fault.", true),
    ("Is my phone broken or not?", "The phone is fine and the network is at fault.", false),
    ("Is my phone broken or not?", "I understand this is stressful.", false),
    ("Is my phone broken or not?", "Have you tried restarting the phone?", false),
    ("My phone is broken. I need it fixed.", "Your phone is not broken, Aisha.", false),
    ("電話しなくていいんですか？ 画面がまだ出ていて、音も鳴っているんです。", "小林様、電話はしないでください。", true),
    ("電話しなくていいんですか？", "画面を閉じてください。", false),
    ("電話しなくていいんですか？", "電話は不要です。", false),
    ("I don't need an essay. What do I do RIGHT NOW?", "Insert the card, don't tap.", true),
    ("What do I do RIGHT NOW?", "Please switch it off at the wall.", true),
    ("What do I do RIGHT NOW?", "Chip and PIN works.", false),
    ("My reader is broken again.", "Insert the card, don't tap.", false),
    (
      "Can you guarantee it gets here in time?",
      "Dear Jordan,\nGlad that helped. On your question: I can't promise a date.", true
    ),
    (
      "Can you guarantee it gets here in time?",
      "Dear Jordan,\nGlad that helped. The courier decides the date.", false
    ),
    ("明日、何を出せばいいのか……", "明日は、お近くのお店のお惣菜をお使いください。", true),
    ("返金はわかりました。", "本日中にお手続きください。", false),
    ("返金はいつですか？", "藤井様、ご質問にお答えします。", true),
  ])
  func aFollowUpCanTakeUpTheQuestion(question: String, reply: String, expected: Bool) {
    let asked = reading(question)
    let words = asked.questionWords
    let taken = reading(reply).takesUp(words, asksWhatToDo: asked.asksWhatToDo, names: ["Aisha", "Jordan"])
    #expect((taken != nil) == expected, "\(words) in \(reply)")
  }

  /// An apology for how the reply came across names the blame it regrets; it does not blame.
  @Test(arguments: [
    ("カードの管理", "私の書き方で、カードの管理を責められているように感じさせてしまい、申し訳ございません。", true),
    ("投稿を控え", "投稿を控えてほしいという意味に受け取れる書き方をしてしまいました。", true),
    ("カードの管理", "カードの管理をしっかりしてください。", false),
    ("should have", "I'm sorry if it sounded like I was saying you should have checked.", true),
    ("should have", "You should have checked the tracking.", false),
  ])
  func anApologyForHowItCameAcrossReportsTheBlame(phrase: String, text: String, expected: Bool) throws {
    let reading = reading(text)
    let range = try ScoringFixtures.position(of: phrase, in: reading)
    #expect(
      reading.isReported(start: range.lowerBound, end: range.upperBound) == expected, "\(phrase) in \(text)")
  }

  @Test func keywordListsReadAsFragmentsAndBriskRepliesDoNot() {
    let list = reading(
      "Sorry apologise frustrating understand Dana. Full refund express reshipment free your choice. "
        + "3-5 business days original payment method.")
    #expect(list.readsAsFragments)
    let log = reading("Apologies. Late delivery. Damage within 48 hours. New sofa, not repair. $50 credit.")
    #expect(log.readsAsFragments)
    let japanese = reading("申し訳ございません。初期不良 無償交換 返金 30日以内 2営業日以内 発送 着払い伝票 返送")
    #expect(japanese.readsAsFragments)
    #expect(
      !reading("Sorry, Dana. I've refunded the $89; it reaches your card in 3-5 business days.")
        .readsAsFragments)
    #expect(!reading("ご不便をおかけして申し訳ございません。交換品を2営業日以内に発送いたします。").readsAsFragments)
  }

  /// A letter's salutation and signature are its frame, and a bulleted list beside two sentences of
  /// the reply's own is how it sets out its points: neither makes it read as fragments. Fragments that
  /// end as sentences are not a frame, and a list beside one sentence is still a list.
  @Test func aLettersFrameAndItsListAreNotFragments() {
    #expect(
      !reading(
        "松本様\n\n10月3日は一日お待たせし、誠に申し訳ございません。原因は当社の連絡漏れです。\n"
          + "・次回工事：10月9日（水）9〜12時／10月12日（土）13〜17時\n・工事費22,000円：無料\n・ルーター：翌営業日発送\n\n"
          + "みなと光 カスタマーサポート\n高橋"
      ).readsAsFragments)
    #expect(
      reading(
        "森 由紀子 様\n\n相談室の山本でございます。\n・お詫び\n・納品書の取り違え（別のお客様1名）\n"
          + "・返信用封筒で返送\n・5営業日以内に書面報告\n\n相談室 山本"
      ).readsAsFragments)
    #expect(
      reading(
        "Aisha: sorry, hospital, worrying. Outage: network, area, not your phone. Estimate: 6pm. "
          + "Wi-Fi calling: broadband. 911: works. Credit: $5, automatic, 4 hours."
      ).readsAsFragments)
  }

  @Test func saysWhatTheCustomerDeservedAsOpposedToWhatTheyShouldHaveDone() {
    let deserved = reading("You should have had your headphones days ago")
    let phrase = Array("you should have".unicodeScalars)
    #expect(deserved.saysWhatWasDeserved(end: phrase.count))
    #expect(reading("You shouldn't have to chase us").saysWhatWasDeserved(end: "you shouldn't have".count))
    #expect(!reading("You should have chosen express").saysWhatWasDeserved(end: phrase.count))
  }

  @Test func japanesePhrasesMatchBaseFormsAndTheStemsAuthorsWrite() throws {
    let card = try CompiledScorecard(
      Scorecard(
        categories: Category.defaults, passMark: 50,
        criteria: [
          Criterion(id: "apology", category: "empathy", description: "Apologises", check: .any(["申し訳ない"])),
          Criterion(id: "slip", category: "accuracy", description: "Return slip", check: .any(["着払"])),
        ],
        context: ScoringContext()))
    for apology in ["申し訳ございません。", "申し訳ありません。", "申し訳なく思っております。"] {
      let score = card.score(apology + "着払い伝票でご返送ください。")
      #expect(score.criteria.allSatisfy { $0.met }, "\(apology)")
      #expect(score.criteria[0].evidence?.hasPrefix("申し訳") == true)
      #expect(score.criteria[1].evidence == "着払")
    }
  }

  @Test func evidenceSpansEndAtTheTraineesWords() throws {
    let card = try CompiledScorecard(
      Scorecard(
        categories: Category.defaults, passMark: 50,
        criteria: [
          Criterion(id: "apology", category: "empathy", description: "Apologises", check: .any(["sorry"]))
        ],
        context: ScoringContext()))
    let span = try #require(card.score("I'm sorry   , Dana").criteria[0].spans.first)
    #expect(span.text == "sorry")
    #expect(span.start == 4)
    #expect(span.end == 9)
  }
}

/// The JSON line `frontline score --responses-file` writes is the document JSONEncoder makes.
@Suite struct ScoreJSONLineTests {
  @Test func matchesJSONEncoderWithSortedKeys() throws {
    let card = try CompiledScorecard(
      Scorecard(
        categories: Category.defaults, passMark: 50,
        criteria: [
          Criterion(
            id: "apology", category: "empathy", description: "Says \"sorry\"\\ here", tip: "a/b\ttab",
            check: .any(["sorry"]), rubric: "late-delivery"),
          Criterion(id: "route", category: "routing", description: "Resolves", check: .route),
        ],
        context: ScoringContext(scenarioID: "s", stepID: "t")))
    for reply in ["I'm sorry, 申し訳ございません", "no apology at all\u{01}", "sorry you feel that way"] {
      let score = card.score(reply, route: reply.hasPrefix("no") ? "billing" : nil)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      let expected = try JSONSerialization.jsonObject(with: encoder.encode(score)) as? NSDictionary
      let actual = try JSONSerialization.jsonObject(with: Data(score.jsonLine.utf8)) as? NSDictionary
      #expect(actual == expected, "\(reply)")
      #expect(String(decoding: try encoder.encode(score), as: UTF8.self) == score.jsonLine)
    }
  }
}
