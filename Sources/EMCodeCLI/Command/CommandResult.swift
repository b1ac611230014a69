import EMCodeKit

/// What a run of the command produced: output, messages and an exit status.
public struct CommandResult {
  /// What goes to standard output, as bytes.
  package let output: TextBuffer
  /// What goes to standard error: one line per problem.
  public var stderr: String
  /// The exit status.
  public var status: ExitStatus
  /// Objects the run made that live until the process ends.
  ///
  /// A run frees nothing it is about to exit with: freeing the first arrays and strings of a
  /// process builds their type metadata at run time, which cost a search 30 % of its
  /// instructions (callgrind) only to be thrown away by `exit`.
  package var keptAlive: [AnyObject] = []

  /// Creates a result.
  package init(output: TextBuffer = TextBuffer(capacity: 16), stderr: String = "", status: ExitStatus) {
    self.output = output
    self.stderr = stderr
    self.status = status
  }

  /// Creates a result whose output is `stdout`.
  init(stdout: String, stderr: String = "", status: ExitStatus) {
    let output = TextBuffer(capacity: stdout.utf8.count + 16)
    output.append(stdout)
    self.init(output: output, stderr: stderr, status: status)
  }

  /// What goes to standard output, as text.
  public var stdout: String { output.string }
}
