/// Another customer for the same scenario, with their own facts: a different name, order number,
/// amount or date, so that a trainee cannot pass by replaying a memorised reply. Practice and exams
/// draw one of a scenario's versions at random, and the attempt records which.
///
/// ```json
/// "variants": [
///   {"id": "kenji", "customer": {"name": "Kenji Sato", "mood": "annoyed"},
///    "variables": {"order": "B2217", "amount": "$64"}}
/// ]
/// ```
public struct ScenarioVariant: Sendable, Equatable {
  /// Unique within the scenario; `main` is the scenario as written.
  public var id: String
  /// The customer instead of the scenario's, when given.
  public var customer: Customer?
  /// Template values instead of the scenario's; the ones not given keep the scenario's.
  public var variables: [String: String]

  public init(id: String, customer: Customer? = nil, variables: [String: String] = [:]) {
    self.id = id
    self.customer = customer
    self.variables = variables
  }

  /// The id of the scenario as written, among its versions.
  public static let main = "main"
}

extension Scenario {
  /// The ids of every version: `main` first, then the variants.
  public var versionIDs: [String] { [ScenarioVariant.main] + variants.map(\.id) }

  /// The scenario as the variant `id` has it: its customer and variables, and the facts whose values
  /// use variables worked out again. `nil` for an unknown id; `main` is the scenario itself.
  public func version(_ id: String) -> Scenario? {
    if id == ScenarioVariant.main { return self }
    guard let variant = variants.first(where: { $0.id == id }) else { return nil }
    var varied = self
    if let customer = variant.customer { varied.customer = customer }
    varied.variables.merge(variant.variables) { _, new in new }
    let values = varied.templateValues()
    for entry in varied.knowledge.indices {
      for index in varied.knowledge[entry].facts.indices {
        var fact = varied.knowledge[entry].facts[index]
        guard let template = fact.valueTemplate else { continue }
        let text = Template.render(template, values: values)
        fact.valueText = text
        fact.value = QuantityParser.value(text)
        varied.knowledge[entry].facts[index] = fact
      }
    }
    return varied
  }
}
