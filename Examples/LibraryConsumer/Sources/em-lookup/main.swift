import EMCodeKit

// The README's "Use the library" snippet, compiled and run by CI.

// A code.
if let entry = ErrorCatalog.entry(code: 22) {
  print("\(entry.code) \(entry.name): \(entry.hint(in: .english) ?? "-")")
}

// A search.
let found = ErrorCatalog.search(["profile"])
print("profile:", found.entries.map(\.code))

// What a phone shows; an ambiguous text means several codes.
switch Lookup.resolve("Please try to login again (201)") {
case .code(let entry): print("one code:", entry.code)
case .items(let items): print("can mean:", items.compactMap(\.code))
case .notFound(let reason): print("not found:", reason)
}
