import Testing

@testable import EMCodeKit

@Suite struct SuggestionsTests {
  @Test(arguments: [
    ("1818", [18]), ("2088", [208]), ("188", [18, 47, 201]), ("24", [23, 25, 42, 204]), ("14", [12, 18, 41]),
    ("34", [33, 35, 43]), ("209", [20, 29, 208, 210]), ("999", [216]), ("17", [12, 18]), ("0017", [12, 18]),
    ("214", [21, 213, 215]), ("2015", [201, 205, 215]), ("12345678901234", []),
  ])
  func suggestsCodes(_ typed: String, _ expected: [Int]) {
    #expect(Suggestions.codes(near: typed) == expected)
  }

  @Test func editDistance() {
    #expect(Suggestions.editDistance(Array("kitten".utf8), Array("sitting".utf8)) == 3)
    #expect(Suggestions.editDistance([], Array("abc".utf8)) == 3)
    #expect(Suggestions.editDistance(Array("abc".utf8), Array("abc".utf8)) == 0)
  }
}
