import EMCodeKit

/// What a run of the command produced: output, messages and an exit status.
public struct CommandResult {
  /// What goes to standard output, as bytes.
  package let output: TextBuffer
  /// What goes to standard error: one line per problem.
  public var stderr: String
  /// The exit status.
  public var status: ExitStatus

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
