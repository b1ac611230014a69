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
let writer = OutputWriter()
var context = RunContext.system
context.flushOutput = writer.flush
exit(writer.finish(EMCode.run(Array(CommandLine.arguments.dropFirst()), context: context)))
