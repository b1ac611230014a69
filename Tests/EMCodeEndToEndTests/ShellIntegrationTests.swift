import Foundation
import Testing

/// The man page, the completion scripts and the terminal behaviour, checked with the real tools.
///
/// A test whose tool is missing is skipped with the reason shown; `.ci/run` installs the tools and
/// sets `EMCODE_REQUIRE_TOOLS=1`, so that there a missing tool fails instead.
@Suite struct ShellIntegrationTests {
  @Test(.enabled(if: Tool.runs("groff"), "groff is not installed (.ci/run installs it)"))
  func manPageRendersWithoutWarnings() throws {
    for language in ["de", "en"] {
      let run = try Executable.shell("emcode --lang \(language) --generate man | groff -man -ww -Tutf8 -z")
      #expect(run.status == 0)
      #expect(run.stderr == "", "groff warnings (\(language)): \(run.stderr)")
    }
    let german = try Executable.shell("emcode --generate man | groff -man -Tutf8 -P-cbou")
    #expect(german.stdout.contains("\nÜBERSICHT\n") && german.stdout.contains("\nBESCHREIBUNG\n"))
    let text = try Executable.shell("emcode --lang en --generate man | groff -man -Tascii -P-cbou")
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "SEE ALSO"]
    {
      #expect(text.stdout.contains("\n\(section)\n"), "\(section)")
    }
    #expect(text.stdout.contains("--search"))
  }

  @Test func bashCompletionParsesAndCompletes() throws {
    let syntax = try Executable.shell("emcode --generate complete-bash | bash -n")
    #expect(syntax.status == 0, "\(syntax.stderr)")
    let script = """
      source <(emcode --generate complete-bash)
      complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _emcode; echo "${COMPREPLY[*]}"; }
      complete_words emcode --se
      complete_words emcode --lang ''
      complete_words emcode --format ''
      complete_words emcode --generate c
      complete_words emcode 20
      """
    let run = try Executable.shell(script)
    #expect(
      run.stdout
        == "--search\nde en\ntext json markdown jsonl csv tsv\ncomplete-bash complete-zsh complete-fish\n20 201 202 204 205 207 208\n",
      "\(run)")
  }

  @Test(.enabled(if: Tool.runs("zsh"), "zsh is not installed (.ci/run installs it)"))
  func zshCompletionParses() throws {
    let run = try Executable.shell(
      "emcode --generate complete-zsh > \"$TMPDIR/_emcode.$$\" && zsh -n \"$TMPDIR/_emcode.$$\"; status=$?; rm -f \"$TMPDIR/_emcode.$$\"; exit $status",
      environment: ["TMPDIR": NSTemporaryDirectory()])
    #expect(run.status == 0, "\(run.stderr)")
  }

  @Test(.enabled(if: Tool.runs("fish"), "fish is not installed (.ci/run installs it)"))
  func fishCompletionParsesAndCompletes() throws {
    let syntax = try Executable.shell("emcode --generate complete-fish | fish -n")
    #expect(syntax.status == 0, "\(syntax.stderr)")
    let run = try Executable.shell(
      "emcode --generate complete-fish > \"$HOME/emcode.fish\"; fish -c 'source $HOME/emcode.fish; complete -C \"emcode --lang \"; complete -C \"emcode 22\"'",
      environment: ["HOME": NSTemporaryDirectory()])
    #expect(
      run.stdout == "de\tSprache der Ausgabe\nen\tSprache der Ausgabe\n22\tDevice logon disabled\n",
      "\(run)")
  }

  /// Colour follows the terminal: run under a pseudo-terminal with util-linux `script` (Linux only:
  /// BSD `script` takes other flags).
  #if os(Linux)
    @Test(.enabled(if: Tool.runs("script"), "script (util-linux) is not installed (.ci/run installs it)"))
    func coloursATerminalUnlessTold() throws {
      let escape = "\u{1B}[1;36m22\u{1B}[0m"
      let terminal = try Executable.shell("script -qec 'emcode 22' /dev/null", environment: ["TERM": "xterm"])
      #expect(terminal.stdout.contains(escape))
      let noColor = try Executable.shell(
        "script -qec 'emcode 22' /dev/null", environment: ["TERM": "xterm", "NO_COLOR": "1"])
      #expect(!noColor.stdout.contains("\u{1B}["))
      let dumb = try Executable.shell("script -qec 'emcode 22' /dev/null", environment: ["TERM": "dumb"])
      #expect(!dumb.stdout.contains("\u{1B}["))
      let never = try Executable.shell(
        "script -qec 'emcode --color never 22' /dev/null", environment: ["TERM": "xterm"])
      #expect(!never.stdout.contains("\u{1B}["))
      let pipe = try Executable.run(["22"], environment: ["TERM": "xterm"])
      #expect(!pipe.stdout.contains("\u{1B}["))
      let forced = try Executable.run(["--color", "always", "22"], environment: ["NO_COLOR": "1"])
      #expect(forced.stdout.hasPrefix(escape))
    }

    /// Long output on a 24-row terminal goes through PAGER; a card that fits, `--no-pager`, an
    /// empty PAGER and a pipe do not.
    @Test(.enabled(if: Tool.runs("script"), "script (util-linux) is not installed (.ci/run installs it)"))
    func pagesLongOutputOnATerminalOnly() throws {
      func onTerminal(_ arguments: String, pager: String = "sed s/^/PAGED:/") throws -> String {
        try Executable.shell(
          "script -qec 'stty rows 24 cols 80; emcode --color never \(arguments)' /dev/null",
          environment: ["TERM": "xterm", "PAGER": pager]
        ).stdout
      }
      let long = try onTerminal("-v 22")
      #expect(long.contains("PAGED:22  Device logon disabled"), "\(long)")
      #expect(!long.split(separator: "\n").contains { !$0.hasPrefix("PAGED:") && !$0.allSatisfy(\.isWhitespace) })
      let card = try onTerminal("22")
      #expect(card.hasPrefix("22  Device logon disabled"), "\(card)")
      #expect(!card.contains("PAGED:"))
      #expect(!(try onTerminal("--no-pager -v 22")).contains("PAGED:"))
      #expect(!(try onTerminal("-v 22", pager: "")).contains("PAGED:"))
      let pipe = try Executable.run(["-v", "22"], environment: ["PAGER": "sed s/^/PAGED:/"])
      #expect(pipe.stdout.hasPrefix("22  Device logon disabled"))
    }
  #endif
}
