/// The table of every documented Extension Mobility error code.
///
/// The data is generated from `Data/error-codes.json` into static Swift values
/// (`ErrorCatalog+Generated.swift`), so the binary needs no file at run time and
/// builds no index at start-up.
public enum ErrorCatalog {
  /// Every documented entry, ascending by code; built on first use, which a lookup by code never is.
  public static let entries: [ErrorEntry] = codes.compactMap(entry(code:))

  /// Every source, in the order of the data file.
  public static var sources: [SourceReference] { sourceIDs.compactMap(source(id:)) }

  /// The frequent entries, ascending by code.
  public static var frequent: [ErrorEntry] {
    entries.filter(\.isFrequent)
  }
}
