// libFuzzer target `input`: what a user types or pastes, and whole command lines.
//
// The bytes are one argument for Lookup.resolve and PhoneDisplay.recognize, and, split at
// NUL, the arguments for Invocation.parse and EMCodeCommand.run. Standard input is the same bytes.

/// libFuzzer entry point: resolves, parses and runs the input as user text and arguments.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)
  consume(Lookup.resolve(text))
  consume(PhoneDisplay.recognize(text))

  // A real argv cannot hold NUL, so NUL separates the arguments; empty ones are kept.
  let arguments: [String] =
    bytes.isEmpty
    ? [] : bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }

  var parsed: Invocation?
  do {
    parsed = try Invocation.parse(arguments)
  } catch {
    consume(error.message)
  }

  // Never let the fuzzer name a real file (--explain /dev/zero) or print a generated artifact:
  // skip arguments like -e, --e…, --gen…, unless the parse says explain reads only standard input,
  // which here is the MemoryReader below (EMCodeCommand.run parses the same arguments the same way).
  func isRisky(_ argument: String) -> Bool {
    let utf8 = Array(argument.utf8)
    return utf8.starts(with: Array("-e".utf8)) || utf8.starts(with: Array("--e".utf8))
      || utf8.starts(with: Array("--gen".utf8))
  }
  var safe = !arguments.contains(where: isRisky)
  if !safe, let parsed, case .explain(let paths) = parsed.mode, paths.allSatisfy({ $0 == "-" }) {
    safe = !arguments.contains { Array($0.utf8).starts(with: Array("--gen".utf8)) }
  }
  guard safe else { return 0 }

  // Vary the terminal a little, from the input's length, so that colour and wrapping run too.
  let isTerminal = size % 2 == 1
  let context = RunContext(
    environment: { _ in nil }, stdoutIsTerminal: isTerminal, stdinIsTerminal: false,
    terminalWidth: isTerminal ? 20 + size % 120 : nil,
    standardInput: { AnyByteReader(MemoryReader(bytes)) })
  let result = EMCodeCommand.run(arguments, context: context)
  consume(result.stdout)
  consume(result.stderr)
  consume(result.status)
  return 0
}
