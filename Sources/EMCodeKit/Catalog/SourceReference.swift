/// A document that a fact in the catalog comes from.
///
/// A final class for the same measured reason as ``ErrorEntry``.
public final class SourceReference: Sendable, Hashable, Identifiable {
  /// The short id used in the data file and in the output, such as `S1`.
  public let id: String
  /// The document's own title.
  public let title: String
  /// Where the document can be read.
  public let url: String
  /// The release the document describes (`CUCM 12.5(1)SU3`).
  public let release: String
  /// What was read of it, or what kind of copy it is, in German.
  public let noteDE: String?
  /// The same in English.
  public let noteEN: String?

  /// Creates a source reference.
  public init(id: String, title: String, url: String, release: String, noteDE: String? = nil, noteEN: String? = nil) {
    self.id = id
    self.title = title
    self.url = url
    self.release = release
    self.noteDE = noteDE
    self.noteEN = noteEN
  }

  /// What was read of the document, in the given language.
  public func note(in language: Language) -> String? {
    language == .german ? noteDE : noteEN
  }

  /// Whether two references name the same document the same way.
  public static func == (lhs: SourceReference, rhs: SourceReference) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.url == rhs.url && lhs.release == rhs.release
      && lhs.noteDE == rhs.noteDE && lhs.noteEN == rhs.noteEN
  }

  /// Hashes the id, which tells references apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
  }
}
