import FrontlineModel

/// The files `frontline new` writes: a scenario and its rubric that validate and pass their own rubric
/// test as they are, so an author starts from something that works and changes it a piece at a time.
/// Every text the author must write starts with ``placeholder``; `frontline validate` warns about each
/// one left.
public enum Skeleton {
  /// How a text still to be written starts.
  public static let placeholder = "FILL IN:"

  /// The words of a skeleton in one language.
  struct Words {
    var title, summary, persona, briefing, topic, policy, opening, followUp, hint, thanks, lost: String
    var customer: String
    var about: [String]
    var window: String
    var exemplar, followUpExemplar: String
    var rubricTitle, apologyDescription, apologyTip, windowDescription, windowTip, routeDescription,
      routeTip: String
    var apologies: [String]
    var examples: [(name: String, response: String, expect: String)]
  }

  /// A scenario `id` of this kind, language and channel, scored by the rubric of the same id.
  public static func scenario(id: String, kind: ScenarioKind, language: String, channel: Channel) -> String {
    let words = Self.words(language)
    let about = SkeletonJSON.array(words.about.map(SkeletonJSON.string))
    let document: SkeletonJSON = .object([
      "format": 1,
      "id": .string(id),
      "title": .string(words.title),
      "summary": .string(words.summary),
      "kind": .string(kind.rawValue),
      "difficulty": 1,
      "channel": .string(channel.rawValue),
      "language": .string(language),
      "customer": .object([
        "name": .string(words.customer), "persona": .string(words.persona), "mood": "annoyed",
      ]),
      "variables": .object(["order": "A1001"]),
      "briefing": .string(words.briefing),
      "knowledge": .array([
        .object([
          "topic": .string(words.topic), "keywords": about, "text": .string(words.policy),
          "facts": .array([.object(["id": "refund-window", "about": about, "value": .string(words.window)])]),
        ])
      ]),
      "rubrics": .array([.string(id)]),
      "steps": .array([
        .object([
          "id": "opening", "messages": .string(words.opening), "exemplar": .string(words.exemplar),
          "hint": .string(words.hint),
          "next": .array([
            .object(["when": .object(["passed": true]), "goto": "resolved", "mood": 2]),
            .object(["goto": "follow-up", "mood": -1]),
          ]),
        ]),
        .object([
          "id": "follow-up", "messages": .string(words.followUp), "exemplar": .string(words.followUpExemplar),
          "next": .array([
            .object(["when": .object(["passed": true]), "goto": "resolved", "mood": 1]),
            .object(["goto": "lost", "mood": -1]),
          ]),
        ]),
      ]),
      "endings": .array([
        .object(["id": "resolved", "outcome": "resolved", "messages": .string(words.thanks)]),
        .object(["id": "lost", "outcome": "lost", "messages": .string(words.lost)]),
      ]),
    ])
    return document.rendered() + "\n"
  }

  /// A rubric `id` whose examples are set in `scenario`, one written by
  /// ``scenario(id:kind:language:channel:)`` in the same language.
  public static func rubric(id: String, scenario: String, language: String) -> String {
    let words = Self.words(language)
    let document: SkeletonJSON = .object([
      "format": 1,
      "id": .string(id),
      "title": .string(words.rubricTitle),
      "scenario": .string(scenario),
      "categories": .object(["empathy": 40, "accuracy": 40, "routing": 20]),
      "passMark": 70,
      "criteria": .array([
        .object([
          "id": "apologises", "category": "empathy", "description": .string(words.apologyDescription),
          "tip": .string(words.apologyTip), "any": .array(words.apologies.map(SkeletonJSON.string)),
        ]),
        .object([
          "id": "states-refund-window", "category": "accuracy",
          "description": .string(words.windowDescription),
          "tip": .string(words.windowTip), "fact": "refund-window",
        ]),
        .object([
          "id": "resolves-without-transfer", "category": "routing",
          "description": .string(words.routeDescription),
          "tip": .string(words.routeTip), "route": true,
        ]),
      ]),
      "examples": .array(
        words.examples.map {
          .object(["name": .string($0.name), "response": .string($0.response), "expect": .string($0.expect)])
        }),
    ])
    return document.rendered() + "\n"
  }
}
