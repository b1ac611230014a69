/// One documented Extension Mobility error code with everything the references say about it.
///
/// Cisco's texts (`name`, `description`, `cause`, `phoneDisplays`, `action`, the CallManager 4.1
/// name and description) are kept in Cisco's English, as quoted; the hints are our own words in
/// German and English, written from those facts.
///
/// A final class rather than a struct, by measurement: with a struct, `Optional<ErrorEntry>` and
/// `[ErrorEntry]` need their generic metadata built at run time, which cost `emcode 22` 2.3 %, a
/// search 8 % and `--frequent` 10 % more instructions (callgrind). Values are immutable.
public final class ErrorEntry: Sendable, Hashable, Identifiable {
  /// The code number, unique across all families.
  public let code: Int
  /// The family that defines the code.
  public let family: ErrorFamily
  /// Cisco's current name, spelled as the source spells it.
  public let name: String
  /// Whether ``name`` was derived from the reason because no source names the code.
  public let isNameDerived: Bool
  /// Other spellings of the name in other Cisco documents.
  public let otherNames: [String]
  /// The name in the CallManager 4.1 EM API Developer Guide, where it differs or is known.
  public let legacyName: String?
  /// The description in the CallManager 4.1 EM API Developer Guide.
  public let legacyDescription: String?
  /// Cisco's English description of the code.
  public let description: String
  /// The documented cause or reason, where a source adds one to the description.
  public let cause: String?
  /// The texts a phone displays for this code, in the sources' wording.
  public let phoneDisplays: [String]
  /// Cisco's recommended action, where a troubleshooting guide gives one.
  public let action: String?
  /// The German remediation hint, written from the references' facts.
  public let hintDE: String?
  /// The English remediation hint, written from the references' facts.
  public let hintEN: String?
  /// Whether the code is one of the frequent ones.
  public let isFrequent: Bool
  /// The ids of the sources the facts come from, most important first.
  public let sourceIDs: [String]
  /// Where sources disagree or a fact needs a caveat.
  public let notes: [String]

  /// Creates an entry; the catalog builds its own from `Data/error-codes.json`.
  public init(
    code: Int, family: ErrorFamily, name: String, isNameDerived: Bool = false, otherNames: [String] = [],
    legacyName: String? = nil, legacyDescription: String? = nil, description: String, cause: String? = nil,
    phoneDisplays: [String] = [], action: String? = nil, hintDE: String? = nil, hintEN: String? = nil,
    isFrequent: Bool = false, sourceIDs: [String] = [], notes: [String] = []
  ) {
    self.code = code
    self.family = family
    self.name = name
    self.isNameDerived = isNameDerived
    self.otherNames = otherNames
    self.legacyName = legacyName
    self.legacyDescription = legacyDescription
    self.description = description
    self.cause = cause
    self.phoneDisplays = phoneDisplays
    self.action = action
    self.hintDE = hintDE
    self.hintEN = hintEN
    self.isFrequent = isFrequent
    self.sourceIDs = sourceIDs
    self.notes = notes
  }

  /// The code, which tells entries apart.
  public var id: Int { code }

  /// Every name: Cisco's current one, the other spellings, and the CallManager 4.1 name.
  public var allNames: [String] {
    [name] + otherNames + (legacyName.map { [$0] } ?? [])
  }

  /// The remediation hint in the given language, if the references support one.
  public func hint(in language: Language) -> String? {
    language == .german ? hintDE : hintEN
  }

  /// The sources of this entry, resolved from their ids.
  public var sources: [SourceReference] {
    sourceIDs.compactMap(ErrorCatalog.source(id:))
  }

  /// Whether two values hold the same facts.
  public static func == (lhs: ErrorEntry, rhs: ErrorEntry) -> Bool {
    lhs.code == rhs.code && lhs.family == rhs.family && lhs.name == rhs.name && lhs.isNameDerived == rhs.isNameDerived
      && lhs.otherNames == rhs.otherNames && lhs.legacyName == rhs.legacyName
      && lhs.legacyDescription == rhs.legacyDescription && lhs.description == rhs.description && lhs.cause == rhs.cause
      && lhs.phoneDisplays == rhs.phoneDisplays && lhs.action == rhs.action && lhs.hintDE == rhs.hintDE
      && lhs.hintEN == rhs.hintEN && lhs.isFrequent == rhs.isFrequent && lhs.sourceIDs == rhs.sourceIDs
      && lhs.notes == rhs.notes
  }

  /// Hashes the code, which tells values apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
  }
}
