// libFuzzer target `search`: ErrorCatalog.search and TextFolding.

/// libFuzzer entry point: searches the catalog for the input's words and folds them.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)

  // Words split at ASCII white space and NUL, as a shell and argv would.
  let words = bytes.split { $0 == 0 || $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
    .map { String(decoding: $0, as: UTF8.self) }

  let all = ErrorCatalog.search(words)
  consume(all)
  for family in ErrorFamily.allCases {
    let some = ErrorCatalog.search(words, family: family)
    // A family only narrows: the same entries in the same order, and no code-less messages.
    precondition(some.entries.map(\.code) == all.entries.filter { $0.family == family }.map(\.code))
    precondition(some.messages.isEmpty)
  }
  // The whole text as one word: search splits it further itself.
  consume(ErrorCatalog.search([text]))

  let expanded = TextFolding.fold(text, expandingUmlauts: true)
  let stripped = TextFolding.fold(text, expandingUmlauts: false)
  consume(TextFolding.wordLine(text))
  consume(TextFolding.wordLine(text, expandingUmlauts: false))
  // Stripping never makes text longer than expanding.
  precondition(stripped.count <= expanded.count)
  return 0
}
