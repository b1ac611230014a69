/// A note on an entry: where Cisco's documents disagree, or a caveat, in German and English.
///
/// A final class for the same measured reason as ``ErrorEntry``.
public final class Note: Sendable, Hashable {
  /// Who the note is for.
  public enum Audience: String, Sendable, Hashable {
    /// It changes what the administrator does; the short answer shows it.
    case user
    /// It is about the sources themselves (a typing slip, another spelling, which source says
    /// what); only the full page and JSON show it.
    case maintainer
  }

  /// Who the note is for.
  public let audience: Audience
  /// The note in German.
  public let german: String
  /// The note in English.
  public let english: String

  /// Creates a note.
  public init(audience: Audience, german: String, english: String) {
    self.audience = audience
    self.german = german
    self.english = english
  }

  /// The note in the given language.
  public func text(in language: Language) -> String {
    language == .german ? german : english
  }

  /// Whether two notes say the same.
  public static func == (lhs: Note, rhs: Note) -> Bool {
    lhs.audience == rhs.audience && lhs.german == rhs.german && lhs.english == rhs.english
  }

  /// Hashes the note's texts.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(audience)
    hasher.combine(english)
  }
}
