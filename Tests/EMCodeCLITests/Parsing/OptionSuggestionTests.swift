import EMCodeKit
import Testing

@testable import EMCodeCLI

/// A mistyped option gets the nearest real one, and a far one gets none.
@Suite struct OptionSuggestionTests {
  @Test(
    arguments: [
      ("--serach", "--search"), ("--frequnet", "--frequent"), ("--jsno", "--json"), ("--lsit", "--list"),
      ("--explian", "--explain"), ("--colour", "--color"), ("--langs", "--lang"), ("--xyzzy-plugh", nil),
    ] as [(String, String?)])
  func suggestsTheNearestOption(_ typed: String, _ expected: String?) {
    let options = CommandLineSpec.options.map { "--" + $0.long }
    #expect(Suggestions.option(near: typed, among: options) == expected)
  }
}
