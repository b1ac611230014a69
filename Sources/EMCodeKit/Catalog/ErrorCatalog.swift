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

extension ErrorCatalog {
  /// For each number an entry's phone texts show that other codes' phone texts show too, the
  /// number and those codes: `(201)` is code 201, and also service codes 39 and 44.
  ///
  /// - Parameter body: Called with the number and the other codes, once per shared number.
  public static func forEachSharedDisplayNumber(of entry: ErrorEntry, _ body: (Int, ArraySlice<Int>) -> Void) {
    let flat = sharedDisplayNumbers(code: entry.code)
    var index = 0
    while index + 1 < flat.count {
      let count = flat[index + 1]
      body(flat[index], flat[(index + 2)..<min(flat.count, index + 2 + count)])
      index += 2 + count
    }
  }
}
