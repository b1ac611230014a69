// libFuzzer target `options`: the option parser over random command lines.
//
// The bytes, split at NUL, are the arguments (a real argv cannot hold NUL; empty ones are kept).
// Only parsing runs, so that the fuzzer spends its time on the parser's paths.

/// libFuzzer entry point: parses the input as a command line and checks what the parse promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let arguments: [String] =
    bytes.isEmpty
    ? [] : bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
  let requested = Invocation.requestedLanguage(arguments)
  let options = arguments.prefix { $0 != "--" }

  do {
    let invocation = try Invocation.parse(arguments)
    // The same arguments parse the same way.
    precondition((try? Invocation.parse(arguments)) == invocation)
    // The language read before parsing (for the messages) is the one the parse found.
    if let language = invocation.language { precondition(requested == language) }
    // Help and version win over everything before `--`.
    if options.contains("--help") { precondition(invocation.mode == .help) }
    switch invocation.mode {
    case .usage: precondition(arguments.isEmpty)
    case .lookup(let codes):
      // Every argument looked up is there, and none is blank.
      precondition(!codes.isEmpty && codes.allSatisfy { !Lookup.trimmed($0).isEmpty })
      precondition(codes.allSatisfy { arguments.contains($0) })
    case .search(let words): precondition(words.contains { !Lookup.trimmed($0).isEmpty })
    case .explain(let paths):
      // Every input named is an argument, or what follows `--explain=`.
      precondition(paths.allSatisfy { path in arguments.contains { $0 == path || $0.hasSuffix("=" + path) } })
    case .shortHelp, .help, .version, .frequent, .list, .generate: break
    }
  } catch {
    // Every refusal is one line in either language, with nothing raw from the input.
    for language in [Language.german, .english] {
      let message = error.message(in: language)
      precondition(!message.isEmpty)
      precondition(!message.unicodeScalars.contains(where: Sanitized.isUnsafe), "unsafe in: \(message)")
    }
  }
  return 0
}
