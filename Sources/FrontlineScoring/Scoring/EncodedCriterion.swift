/// The members of a criterion's result in JSON that are the same for every reply (what the criterion
/// is, its id, its worth, its tip), encoded once with the scorecard so a JSON line copies them.
struct EncodedCriterion: Sendable {
  /// `category`, `critical` and `description`.
  let kind: [UInt8]
  let id: [UInt8]
  /// `possible` and `rubric`.
  let worth: [UInt8]
  /// `tip`, when the criterion has one.
  let tip: [UInt8]?
  /// What was encoded, to tell whether a result still says the same.
  private let source: CriterionPlan

  init(_ criterion: CriterionPlan) {
    source = criterion
    kind = Self.members {
      CriterionResult.writeKind(
        to: &$0, category: criterion.category, critical: criterion.critical,
        description: criterion.description)
    }
    id = Self.members { CriterionResult.writeID(to: &$0, id: criterion.id) }
    worth = Self.members {
      CriterionResult.writeWorth(to: &$0, possible: criterion.points, rubric: criterion.rubric)
    }
    tip = criterion.tip.map { tip in Self.members { CriterionResult.writeTip(to: &$0, tip: tip) } }
  }

  /// Whether `result` has the texts and worth that were encoded (a result of this criterion that
  /// nobody changed).
  func describes(_ result: CriterionResult) -> Bool {
    result.id == source.id && result.rubric == source.rubric && result.category == source.category
      && result.critical == source.critical && result.description == source.description
      && result.possible == source.points && (result.tip == nil || result.tip == source.tip)
  }

  private static func members(_ write: (inout JSONLineWriter) -> Void) -> [UInt8] {
    var out = JSONLineWriter()
    out.open()
    write(&out)
    out.close()
    return out.membersOfObject
  }
}
