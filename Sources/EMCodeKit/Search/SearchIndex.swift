/// The folded words of one catalog item's texts, grouped the way search ranks them.
///
/// Each field is `" word word | word "`: every word with a space on either side (so that a word
/// start is a substring search for `" " + word`), `|` between the texts of a field. Umlauts are in
/// both folded forms. The generator writes them; search reads them without folding anything.
struct SearchIndex {
  /// Cisco's names: current, other spellings, CallManager 4.1.
  var names: StaticString = ""
  /// The texts the phone displays.
  var displays: StaticString = ""
  /// The German keywords.
  var keywordsDE: StaticString = ""
  /// The English keywords.
  var keywordsEN: StaticString = ""
  /// Cisco's English description, cause and CallManager 4.1 description.
  var texts: StaticString = ""
  /// The German meaning and cause.
  var textsDE: StaticString = ""
  /// The English meaning.
  var textsEN: StaticString = ""
  /// Cisco's recommended action.
  var actions: StaticString = ""
  /// The German hint and its short form.
  var hintsDE: StaticString = ""
  /// The English hint and its short form.
  var hintsEN: StaticString = ""

  /// The keywords in the given language.
  func keywords(in language: Language) -> StaticString {
    language == .german ? keywordsDE : keywordsEN
  }

  /// Our own texts in the given language: the meaning, and in German the cause.
  func texts(in language: Language) -> StaticString {
    language == .german ? textsDE : textsEN
  }

  /// The hint and its short form in the given language.
  func hints(in language: Language) -> StaticString {
    language == .german ? hintsDE : hintsEN
  }
}
