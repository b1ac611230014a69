import EMCodeKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

// A reader that goes away must not kill emcode: the write sees EPIPE and ends quietly.
signal(SIGPIPE, SIG_IGN)
let result = EMCode.run(Array(CommandLine.arguments.dropFirst()), context: .system)
exit(OutputWriter.write(result))
