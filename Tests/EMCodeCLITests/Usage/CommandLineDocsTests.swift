import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// Help, man page and completions come from ``CommandLineSpec``; these tests prove they agree.
@Suite struct CommandLineDocsTests {
  static let help = Help(language: .english)
  static let manPage = ManPage(language: .english)
  static let completions = Completions(language: .english)

  @Test(arguments: CommandLineSpec.options.map(\.long))
  func everyOptionIsEverywhere(_ long: String) throws {
    let option = try #require(CommandLineSpec.option(long: long))
    #expect(Self.help.full.contains("--\(long)"), "help")
    #expect(Self.manPage.text.contains("\\-\\-" + long.replacing("-", with: "\\-")), "man page")
    #expect(Self.completions.bash.contains("--\(long)"), "bash")
    #expect(Self.completions.zsh.contains("--\(long)"), "zsh")
    #expect(Self.completions.fish.contains("-l \(long)"), "fish")
    if let short = option.short {
      #expect(Self.help.full.contains("-\(short), --\(long)"))
      #expect(Self.manPage.text.contains("\\fB\\-\(short)\\fR, \\fB\\-\\-\(long.replacing("-", with: "\\-"))\\fR"))
      #expect(Self.completions.fish.contains("-s \(short) -l \(long)"))
    }
    for value in option.values {
      #expect(Self.help.full.contains(value), "help lists \(value)")
      #expect(Self.manPage.text.contains(value.replacing("-", with: "\\-")), "man lists \(value)")
      #expect(
        Self.completions.bash.contains(value) && Self.completions.zsh.contains(value)
          && Self.completions.fish.contains(value))
    }
  }

  @Test func noDocumentMentionsAnOptionTheParserDoesNotKnow() {
    let known = Set(CommandLineSpec.options.map { "--" + $0.long })
    for (name, text) in [("help", Self.help.full), ("bash", Self.completions.bash), ("zsh", Self.completions.zsh)] {
      for option in Self.longOptions(in: text) {
        #expect(known.contains(option), "\(name) mentions \(option)")
      }
    }
    for option in Self.longOptions(in: Self.manPage.text.replacing("\\-", with: "-")) {
      #expect(known.contains(option), "man mentions \(option)")
    }
  }

  @Test func helpLeadsWithExamplesThenOptionsExitStatusAndEnvironment() throws {
    let help = Self.help.full
    let order = [
      "Examples:", "emcode 22", "emcode Login is unavailable 23", "emcode --search profile", "emcode -b --frequent",
      "emcode --explain emservice.log", "emcode -v 22", "Usage:", "Options:", "Exit status:", "Environment:",
      "EMCODE_LANG", "NO_COLOR", "PAGER",
    ]
    var position = help.startIndex
    for part in order {
      let range = try #require(help.range(of: part, range: position..<help.endIndex), "\(part)")
      position = range.upperBound
    }
    for status in EMCodeCLI.ExitStatus.allCases {
      #expect(help.contains("  \(status.rawValue)"))
      #expect(Self.manPage.text.contains(".B \(status.rawValue)\n"))
    }
  }

  /// `-h` fits a 24-row screen, examples first; `--help` has everything.
  @Test(arguments: [Language.german, .english])
  func shortHelpFitsAScreen(_ language: Language) {
    let short = Help(language: language).short
    #expect(short.split(separator: "\n", omittingEmptySubsequences: false).count <= 24)
    #expect(short.split(separator: "\n").allSatisfy { $0.columns <= 80 })
    #expect(short.contains("emcode 22"))
    #expect(Help(language: language).full.split(separator: "\n").allSatisfy { $0.columns <= 80 })
  }

  @Test(arguments: [
    (
      Language.english,
      ["NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "EXAMPLES", "SEE ALSO"]
    ),
    (
      Language.german,
      ["NAME", "\\[u00DC]BERSICHT", "BESCHREIBUNG", "OPTIONEN", "EXIT\\-STATUS", "UMGEBUNG", "BEISPIELE", "SIEHE AUCH"]
    ),
  ])
  func manPageHasTheStandardSections(_ language: Language, _ sections: [String]) {
    let manPage = ManPage(language: language)
    for section in sections {
      #expect(manPage.text.contains(".SH \(section)\n"), "\(section)")
    }
    #expect(manPage.text.hasPrefix(".\\\""))
    #expect(!manPage.text.split(separator: "\n").contains { $0.hasPrefix("'") }, "no line starts with a quote")
    #expect(manPage.text.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII is escaped")
  }

  @Test func completionsOfferTheCodes() {
    let codes = ErrorCatalog.entries.map { String($0.code) }.joined(separator: " ")
    #expect(Self.completions.bash.contains("compgen -W \"\(codes)\""))
    for entry in ErrorCatalog.entries {
      #expect(Self.completions.fish.contains("-a \(entry.code) -d"))
      #expect(Self.completions.zsh.contains("'\(entry.code):"))
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
