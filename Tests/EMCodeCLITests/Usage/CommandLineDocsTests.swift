import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// Help, man page and completions come from ``CommandLineSpec``; these tests prove they agree.
@Suite struct CommandLineDocsTests {
  @Test(arguments: CommandLineSpec.options.map(\.long))
  func everyOptionIsEverywhere(_ long: String) throws {
    let option = try #require(CommandLineSpec.option(long: long))
    #expect(Help.full.contains("--\(long)"), "help")
    #expect(ManPage.text.contains("\\-\\-\(long)"), "man page")
    #expect(Completions.bash.contains("--\(long)"), "bash")
    #expect(Completions.zsh.contains("--\(long)"), "zsh")
    #expect(Completions.fish.contains("-l \(long)"), "fish")
    if let short = option.short {
      #expect(Help.full.contains("-\(short), --\(long)"))
      #expect(ManPage.text.contains("\\fB\\-\(short)\\fR, \\fB\\-\\-\(long)\\fR"))
      #expect(Completions.fish.contains("-s \(short) -l \(long)"))
    }
    for value in option.values {
      #expect(Help.full.contains(value), "help lists \(value)")
      #expect(ManPage.text.contains(value.replacingOccurrences(of: "-", with: "\\-")), "man lists \(value)")
      #expect(Completions.bash.contains(value) && Completions.zsh.contains(value) && Completions.fish.contains(value))
    }
  }

  @Test func noDocumentMentionsAnOptionTheParserDoesNotKnow() {
    let known = Set(CommandLineSpec.options.map { "--" + $0.long })
    for (name, text) in [("help", Help.full), ("bash", Completions.bash), ("zsh", Completions.zsh)] {
      for option in Self.longOptions(in: text) {
        #expect(known.contains(option), "\(name) mentions \(option)")
      }
    }
    for option in Self.longOptions(in: ManPage.text.replacingOccurrences(of: "\\-", with: "-")) {
      #expect(known.contains(option), "man mentions \(option)")
    }
  }

  @Test func helpLeadsWithExamplesThenOptionsExitStatusAndEnvironment() throws {
    let help = Help.full
    let order = [
      "Examples:", "emcode 22", "emcode --search profile", "emcode --frequent", "emcode --explain response.xml",
      "emcode --json 22", "Usage:", "Options:", "Exit status:", "Environment:", "EMCODE_LANG", "NO_COLOR",
    ]
    var position = help.startIndex
    for part in order {
      let range = try #require(help.range(of: part, range: position..<help.endIndex), "\(part)")
      position = range.upperBound
    }
    for status in EMCodeCLI.ExitStatus.allCases {
      #expect(help.contains("  \(status.rawValue)"))
      #expect(ManPage.text.contains(".B \(status.rawValue)\n"))
    }
  }

  @Test func manPageHasTheStandardSections() {
    for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "SEE ALSO"]
    {
      #expect(ManPage.text.contains(".SH \(section)\n"), "\(section)")
    }
    #expect(ManPage.text.hasPrefix(".\\\""))
    #expect(!ManPage.text.split(separator: "\n").contains { $0.hasPrefix("'") }, "no line starts with a quote")
    #expect(ManPage.text.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII is escaped")
  }

  @Test func completionsOfferTheCodes() {
    let codes = ErrorCatalog.entries.map { String($0.code) }.joined(separator: " ")
    #expect(Completions.bash.contains("compgen -W \"\(codes)\""))
    for entry in ErrorCatalog.entries {
      #expect(Completions.fish.contains("-a \(entry.code) -d"))
      #expect(Completions.zsh.contains("'\(entry.code):"))
    }
  }

  static func longOptions(in text: String) -> [String] {
    var found: [String] = []
    var rest = Substring(text)
    while let range = rest.range(of: "--") {
      let name = rest[range.upperBound...].prefix { $0.isLetter || $0 == "-" }
      if let first = name.first, first.isLetter { found.append("--" + name) }
      rest = rest[range.upperBound...]
    }
    return found
  }
}
