import FrontlineHistory

/// What the schema's triggers refuse, in the words they raise, and as the store reports it.
enum SQLiteRefusal {
  static let notALead = "frontline: not a lead"
  static let ownRecord = "frontline: own record"

  /// The refusal a trigger raised with `message`, if it is one of these.
  static func error(for message: String) -> StoreError? {
    switch message {
    case notALead:
      .refused(
        "only a team leader may review, settle a dispute or approve a promotion; on a SQLite file, "
          + "leads are recorded with `frontline admin add-lead NAME`")
    case ownRecord:
      .refused("nobody reviews, overrides, settles or approves a promotion on their own record")
    default: nil
    }
  }
}
