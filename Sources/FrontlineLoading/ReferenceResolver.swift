import FrontlineModel

/// Checks the names one file uses for things defined in another.
struct ReferenceResolver {
  let library: Library
  let hasDepartmentCatalog: Bool
  /// `kind:id` of the scenarios and rubrics whose files have errors of their own: they exist, so a
  /// reference to one is not unknown, but their content cannot be checked against.
  var unusable: Set<String> = []
  /// The most names a "known: …" list shows.
  static let longestList = 20

  /// Why the reference does not resolve, or `nil` when it does.
  func problem(with reference: Reference) -> String? {
    switch reference {
    case .rubric(let id):
      if library.rubric(id) != nil || unusable.contains("rubric:\(id)") { return nil }
      return unknown("rubric", id, among: library.rubrics.map(\.id))
    case .department(let id):
      if library.department(id) != nil { return nil }
      guard hasDepartmentCatalog else {
        return
          "unknown department '\(Excerpt.of(id))': no departments.json was loaded (it belongs in rubrics/)"
      }
      return unknown("department", id, among: library.departments.map(\.id), listAll: true)
    case .scenario(let id):
      if library.scenario(id) != nil || unusable.contains("scenario:\(id)") { return nil }
      return unknown("scenario", id, among: library.scenarios.map(\.id))
    case .step(let scenarioID, let stepID):
      // An unknown scenario is reported by its own reference.
      guard let scenario = library.scenario(scenarioID) else { return nil }
      if scenario.step(stepID) != nil { return nil }
      return unknown("step", stepID, among: scenario.steps.map(\.id), listAll: true)
        + " in scenario '\(Excerpt.of(scenarioID))'"
    case .category(let name, let rubricIDs):
      let rubrics = rubricIDs.compactMap(library.rubric)
      guard !rubrics.isEmpty else { return nil }
      let names = rubrics.flatMap { $0.categories.map(\.name) }
      if names.contains(name) { return nil }
      return
        "unknown category '\(Excerpt.of(name))'; the step's rubrics declare: \(Array(Set(names)).sorted().joined(separator: ", "))"
    case .criterion(let id, let rubricIDs, let inline):
      let rubrics = rubricIDs.compactMap(library.rubric)
      guard rubrics.count == rubricIDs.count else { return nil }
      let ids = inline + rubrics.flatMap { $0.criteria.map(\.id) }
      if ids.contains(id) { return nil }
      return unknown("criterion", id, in: " in this step's scorecard", among: ids, listAll: true)
    case .scenarioCriterion(let id, let rubricIDs, let inline):
      let rubrics = rubricIDs.compactMap(library.rubric)
      guard rubrics.count == rubricIDs.count else { return nil }
      let house = library.rubrics.filter(\.house)
      let ids = inline + (rubrics + house).flatMap { $0.criteria.map(\.id) }
      if ids.contains(id) { return nil }
      return unknown("criterion", id, in: " in any step's scorecard of this scenario", among: ids)
    case .variable(let name, let rubricID):
      let users = library.scenarios.filter { scenario in
        scenario.steps.contains { scenario.rubricIDs(for: $0).contains(rubricID) }
          || library.rubric(rubricID)?.scenario == scenario.id
      }
      let missing = users.filter { $0.variables[name] == nil }.map(\.id)
      guard !missing.isEmpty else { return nil }
      return
        "template variable '{\(Excerpt.of(name))}' is not defined by scenario \(missing.map { "'\(Excerpt.of($0))'" }.joined(separator: ", ")), "
        + "which uses this rubric"
    case .anyCategory(let name):
      let names = Set(library.rubrics.flatMap { $0.categories.map(\.name) } + Category.defaults.map(\.name))
      if names.contains(name) { return nil }
      return unknown("category", name, among: Array(names))
    case .rubricFacts(let rubricID, let scenario, let declared, let valueless):
      // An unknown rubric is reported by its own reference.
      guard let rubric = library.rubric(rubricID) else { return nil }
      let stateless = rubric.criteria.compactMap { criterion -> String? in
        guard case .fact(let id) = criterion.check, valueless.contains(id) else { return nil }
        return "'\(Excerpt.of(criterion.id))' checks fact '\(Excerpt.of(id))'"
      }
      if !stateless.isEmpty {
        return
          "rubric '\(Excerpt.of(rubricID))' has criteria this scenario cannot meet: \(stateless.joined(separator: "; ")), "
          + "a fact scenario '\(Excerpt.of(scenario))' declares with no value to state ('free' or 'notOffered'); "
          + "the house rule already fails a charge for it or an offer of it"
      }
      let missing = rubric.criteria.compactMap { criterion -> String? in
        guard case .fact(let id) = criterion.check, !declared.contains(id) else { return nil }
        return "'\(Excerpt.of(criterion.id))' checks fact '\(Excerpt.of(id))'"
      }
      guard !missing.isEmpty else { return nil }
      let known =
        declared.isEmpty ? "it declares none" : "its facts: " + declared.sorted().joined(separator: ", ")
      return
        "rubric '\(Excerpt.of(rubricID))' has criteria this scenario cannot meet: \(missing.joined(separator: "; ")), "
        + "which scenario '\(Excerpt.of(scenario))' does not declare in its knowledge (\(known))"
    case .scenarioSupply(let level, let count, let kind, let minDifficulty):
      let supply = library.scenarios.filter { scenario in
        (kind.map { scenario.kind == $0 } ?? true) && scenario.difficulty >= minDifficulty
      }.map(\.id).sorted()
      guard supply.count < count else { return nil }
      let noun = (kind.map { "\($0.rawValue) " } ?? "") + "scenario\(count == 1 ? "" : "s")"
      let difficulty = minDifficulty > 1 ? " at difficulty \(minDifficulty) or more" : ""
      let shown = supply.prefix(ReferenceResolver.longestList).map(Excerpt.of).joined(separator: ", ")
      let has = supply.isEmpty ? "none" : "\(supply.count): \(shown)\(supply.count > 20 ? ", …" : "")"
      return
        "\(Excerpt.of(level)) needs \(count) different \(noun)\(difficulty); the library has \(has). "
        + "Add scenarios, ask for fewer, or let repeats count with \"distinct\": false"
    }
  }

  private func unknown(
    _ kind: String, _ id: String, in place: String = "", among ids: [String], listAll: Bool = false
  ) -> String {
    var message = "unknown \(kind) '\(Excerpt.of(id))'\(place)"
    if let guess = Suggestion.closest(to: id, in: ids) {
      message += "; did you mean '\(Excerpt.of(guess))'?"
    } else if listAll || ids.count <= 8, !ids.isEmpty {
      let shown = ids.sorted().prefix(ReferenceResolver.longestList).map(Excerpt.of)
      message += "; known: \(shown.joined(separator: ", "))"
      if ids.count > shown.count { message += ", … (\(ids.count) in all)" }
    }
    return message
  }
}
