import EMCodeKit

/// Which language a run speaks: `--lang`, then `EMCODE_LANG`, then the system's locale.
enum LanguageChoice {
  /// The language of a run, and the unusable `EMCODE_LANG` value if there was one.
  ///
  /// `--lang` wins. Then `EMCODE_LANG`, if set and not empty; a value that is no language emcode
  /// speaks is passed over (the command warns). Then the first of `LC_ALL`, `LC_MESSAGES` and
  /// `LANG` that is set and not empty, as the C library reads them: `de*` is German, `en*`
  /// English, anything else (`C`, `POSIX`, `fr_FR.UTF-8`) German, the project's default; so is
  /// no setting at all.
  static func resolve(
    requested: Language?, environment: (String) -> String?
  ) -> (language: Language, unusableSetting: String?) {
    var unusable: String?
    if let requested { return (requested, nil) }
    if let value = environment("EMCODE_LANG"), !value.isEmpty {
      if let language = Language(parsing: value) { return (language, nil) }
      unusable = value
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment(name), !value.isEmpty else { continue }
      return (Language(parsing: value) ?? .german, unusable)
    }
    return (.german, unusable)
  }
}
