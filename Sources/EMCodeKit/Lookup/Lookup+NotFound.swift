extension Lookup {
  /// Why an argument is not in the catalog, and what may have been meant.
  ///
  /// The facts only; the command (or any other user of the library) words them in its language.
  public enum NotFound: Sendable, Hashable {
    /// An empty argument.
    case empty
    /// A lone `-`, which is no code (the command reads standard input with `--explain -`).
    case dash
    /// A decimal number that is no documented code, with the documented codes it may have meant.
    case undocumentedCode(Int, suggestions: [Int])
    /// A number of more than nine significant digits.
    case codeTooLong(digits: String)
    /// A negative number, as typed.
    case negative(String)
    /// A hexadecimal number (`0x16`), as typed, with its value and whether that value is a code.
    case hexadecimal(String, value: Int, isDocumented: Bool)
    /// A number with a fraction (`22.5`), as typed, with its whole part.
    case fraction(String, whole: String)
    /// Text that is no code, name or phone text: names close to it, a documented code it contains,
    /// and whether searching the texts for it makes sense.
    case unrecognized(String, nearNames: [String], codeInText: Int?, isSearchable: Bool)
  }
}
