/// A document that a fact in the catalog comes from.
///
/// A final class for the same measured reason as ``ErrorEntry``.
public final class SourceReference: Sendable, Hashable, Identifiable {
  /// The short id used in the data file and in the output, such as `S1`.
  public let id: String
  /// The document's title.
  public let title: String
  /// Where the document can be read.
  public let url: String
  /// The CUCM release the document describes.
  public let release: String

  /// Creates a source reference.
  public init(id: String, title: String, url: String, release: String) {
    self.id = id
    self.title = title
    self.url = url
    self.release = release
  }

  /// Whether two values hold the same facts.
  public static func == (lhs: SourceReference, rhs: SourceReference) -> Bool {
    lhs.id == rhs.id && lhs.title == rhs.title && lhs.url == rhs.url && lhs.release == rhs.release
  }

  /// Hashes the id, which tells values apart.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
  }
}
