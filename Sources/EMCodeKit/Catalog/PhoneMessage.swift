/// A message without an Extension Mobility code that the phone shows, such as "Host not found".
///
/// A final class for the same measured reason as ``ErrorEntry``.
public final class PhoneMessage: Sendable, Hashable, Identifiable {
  /// A stable id such as `host-not-found`.
  public let id: String
  /// The message as Cisco's troubleshooting table prints it.
  public let name: String
  /// What the message means.
  public let description: String
  /// The spellings the sources give for the message.
  public let phoneDisplays: [String]
  /// Cisco's recommended action.
  public let action: String?
  /// The German remediation hint.
  public let hintDE: String?
  /// The English remediation hint.
  public let hintEN: String?
  /// The ids of the sources.
  public let sourceIDs: [String]
  /// Caveats, where there are any.
  public let notes: [String]

  /// Creates a message; the catalog builds its own from `Data/error-codes.json`.
  public init(
    id: String, name: String, description: String, phoneDisplays: [String], action: String? = nil,
    hintDE: String? = nil, hintEN: String? = nil, sourceIDs: [String] = [], notes: [String] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.phoneDisplays = phoneDisplays
    self.action = action
    self.hintDE = hintDE
    self.hintEN = hintEN
    self.sourceIDs = sourceIDs
    self.notes = notes
  }

  /// The remediation hint in the given language.
  public func hint(in language: Language) -> String? {
    language == .german ? hintDE : hintEN
  }

  /// The sources of this message, resolved from their ids.
  public var sources: [SourceReference] {
    sourceIDs.compactMap(ErrorCatalog.source(id:))
  }

  /// Whether two values hold the same facts.
  public static func == (lhs: PhoneMessage, rhs: PhoneMessage) -> Bool {
    lhs.id == rhs.id && lhs.name == rhs.name && lhs.description == rhs.description
      && lhs.phoneDisplays == rhs.phoneDisplays && lhs.action == rhs.action && lhs.hintDE == rhs.hintDE
      && lhs.hintEN == rhs.hintEN && lhs.sourceIDs == rhs.sourceIDs && lhs.notes == rhs.notes
  }

  /// Hashes the id, which tells values apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
  }
}
