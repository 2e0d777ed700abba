extension Skeleton {
  /// The words of a skeleton: Japanese for `ja`, English otherwise.
  static func words(_ language: String) -> Words {
    language.lowercased().split(separator: "-").first == "ja" ? japanese : english
  }

  static let english = Words(
    title: "FILL IN: the title trainees see in the list",
    summary: "FILL IN: one line for the list: the situation, and what a good agent does about it",
    persona:
      "FILL IN: who the customer is, what they want, how they talk, what would calm them or anger them",
    briefing:
      "FILL IN: what the trainee is told before the conversation: the channel, the situation, and where to "
      + "look (/kb) before answering.",
    topic: "Refunds",
    policy:
      "FILL IN: the policy in your own words. For example: refunds reach the original payment method within "
      + "3-5 business days of the return being received.",
    opening:
      "FILL IN: what the customer says first. For example: I returned order {order} last week. Where is my money?",
    followUp:
      "FILL IN: what the customer says when the first reply fell short. For example: So when do I get it?",
    hint:
      "FILL IN: a nudge for a trainee who is stuck. For example: Look up /kb Refunds for the refund window.",
    thanks: "FILL IN: what the customer says when it went well. For example: Thanks, that's all I needed.",
    lost: "FILL IN: what the customer says when it went badly. For example: Forget it, I'll call my bank.",
    customer: "Alex Morgan",
    about: ["refund", "money back"],
    window: "3-5 business days",
    exemplar:
      "I'm sorry for the wait, {customer.givenName}. Your refund for order {order} is on its way: it reaches "
      + "your original payment method within 3-5 business days.",
    followUpExemplar:
      "I'm sorry I wasn't clear, {customer.givenName}. The refund reaches your original payment method within "
      + "3-5 business days.",
    rubricTitle: "FILL IN: what this rubric checks, in a few words",
    apologyDescription: "Apologises for the wait",
    apologyTip: "FILL IN: how to do better. For example: Say sorry for the wait before the facts.",
    windowDescription: "States the refund window correctly: 3-5 business days",
    windowTip:
      "FILL IN: how to do better. For example: Say when the money arrives: within 3-5 business days.",
    routeDescription: "Resolves it in this conversation: no transfer",
    routeTip:
      "FILL IN: how to do better. For example: You can answer this yourself; a transfer makes them repeat it.",
    apologies: ["sorry", "apologi*", "my apologies"],
    examples: [
      (
        "strong: apology, the refund window, no transfer",
        "I'm so sorry for the wait, {customer.givenName}. I can see your return for order {order}; the refund "
          + "reaches your original payment method within 3-5 business days.", "pass"
      ),
      (
        "adequate: the refund window, a brief apology",
        "Sorry about that. Your refund arrives within 3-5 business days.", "pass"
      ),
      ("weak: no apology, no window", "Refunds are processed in due course.", "fail"),
      (
        "critical (misinformation): the wrong refund window",
        "I'm sorry, {customer.givenName}. Your refund reaches you within 10-14 business days.", "fail"
      ),
      ("gaming: a list of keywords", "Sorry apologise refund money back 3-5 business days order.", "fail"),
      (
        "gaming: sarcasm",
        "Oh I'm SO sorry you had to wait a whole week, what a tragedy. Refunds take 3-5 business days. Happy now?",
        "fail"
      ),
      (
        "gaming: a refused apology",
        "I'm not going to apologise for the bank's processing time. Refunds take 3-5 business days.", "fail"
      ),
    ])

  static let japanese = Words(
    title: "FILL IN: 一覧に表示するタイトル",
    summary: "FILL IN: 一覧用の一行説明（状況と、よい対応のポイント）",
    persona: "FILL IN: お客様の人物像（どんな方か、何を求めているか、話し方、何で落ち着き何で怒るか）",
    briefing: "FILL IN: 会話の前に研修生へ伝える内容（チャネル、状況、回答前に確認すべき情報（/kb））。",
    topic: "返金",
    policy: "FILL IN: ポリシーをご自身の言葉で。例：返金は、返品の到着後3〜5営業日以内に、お支払いに使われた方法へ行われます。",
    opening: "FILL IN: お客様の最初のメッセージ。例：先週、注文番号{order}を返品しました。返金はいつになりますか？",
    followUp: "FILL IN: 最初の返信が不十分だったときのお客様の言葉。例：結局、いつ返金されるんですか？",
    hint: "FILL IN: 迷った研修生へのヒント。例：/kb 返金 で返金までの期間を確認しましょう。",
    thanks: "FILL IN: うまくいったときのお客様の言葉。例：わかりました。ありがとうございます。",
    lost: "FILL IN: うまくいかなかったときのお客様の言葉。例：もういいです。カード会社に相談します。",
    customer: "佐藤 花子",
    about: ["返金", "払い戻し"],
    window: "3〜5営業日",
    exemplar:
      "{customer.familyName}様、お待たせしてしまい申し訳ございません。ご注文番号{order}の返金は手続き済みで、"
      + "お支払い方法へ3〜5営業日以内に返金されます。",
    followUpExemplar:
      "{customer.familyName}様、ご説明が分かりにくく申し訳ございません。返金は3〜5営業日以内にお支払い方法へ"
      + "行われます。",
    rubricTitle: "FILL IN: このルーブリックで確認すること（短く）",
    apologyDescription: "お待たせしたことをお詫びする",
    apologyTip: "FILL IN: 改善のヒント。例：事実の前に、お待たせしたことをお詫びしましょう。",
    windowDescription: "返金までの期間（3〜5営業日）を正しく伝える",
    windowTip: "FILL IN: 改善のヒント。例：いつ返金されるか（3〜5営業日以内）をはっきり伝えましょう。",
    routeDescription: "転送せずにこの会話で解決する",
    routeTip: "FILL IN: 改善のヒント。例：ご自身で回答できる内容です。転送するとお客様が同じ説明を繰り返すことになります。",
    apologies: ["申し訳", "お詫び", "失礼いたしました"],
    examples: [
      (
        "strong: お詫び、返金までの期間、転送なし",
        "{customer.familyName}様、お待たせしてしまい大変申し訳ございません。ご注文番号{order}の返品を確認いたしました。"
          + "返金は3〜5営業日以内にお支払い方法へ行われます。", "pass"
      ),
      ("adequate: 簡潔なお詫びと期間", "申し訳ございません。返金は3〜5営業日以内に行われます。", "pass"),
      ("weak: お詫びも期間もない", "返金は順次処理しております。", "fail"),
      (
        "critical (misinformation): 誤った期間", "{customer.familyName}様、申し訳ございません。返金は10〜14営業日以内に行われます。",
        "fail"
      ),
      ("gaming: キーワードの羅列", "申し訳 お詫び 返金 払い戻し 3〜5営業日 注文番号", "fail"),
      (
        "gaming: 皮肉", "一週間もお待ちいただくなんて、さぞ大変でしたね。さすがですね。返金は3〜5営業日です。ご満足ですか？",
        "fail"
      ),
      (
        "gaming: お詫びの拒否", "銀行の処理時間についてお詫びするつもりはございません。返金は3〜5営業日です。", "fail"
      ),
    ])
}
