extension StringProtocol {
  /// How many columns the text takes on a terminal: its UTF-8 bytes that start a character.
  ///
  /// Right for the Latin text of the catalog and the labels, and cheap: `count` would break the
  /// text into grapheme clusters, which looks up Unicode properties at run time.
  package var columns: Int {
    utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
}
