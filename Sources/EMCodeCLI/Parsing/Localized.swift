import EMCodeKit

/// A text of the command in German and English: every sentence the command writes is one.
struct Localized: Sendable {
  /// The German text.
  let de: String
  /// The English text.
  let en: String

  /// The text in `language`.
  func callAsFunction(_ language: Language) -> String {
    language == .german ? de : en
  }
}
