import Testing

@testable import EMCodeKit

/// The shortcuts of name suggestions give the same answers as the full edit distance.
@Suite struct BoundedEditDistanceTests {
  static let pairs: [(String, String)] = [
    ("kitten", "sitting"), ("", "abc"), ("abc", ""), ("abc", "abc"), ("abcd", "abdc"), ("abcd", "badc"),
    ("devicelogondisabled", "devlogondisabled"), ("usernotfund", "usernotfound"), ("invalidappusr", "invalidappuser"),
    ("abcdefghij", "jihgfedcba"), ("aaaaaaaaaa", "aaaa"), ("ca", "abc"), ("x", "yyyyyyyyy"),
    ("nodeviceprofile", "nodevicename"), ("12345", "21354"),
  ]

  /// Within the limit the bounded distance is the distance; beyond it, none.
  @Test(arguments: pairs)
  func agreesWithTheFullDistance(_ a: String, _ b: String) {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    let full = Suggestions.editDistance(x, y)
    for limit in 0...12 {
      let bounded = Suggestions.editDistance(x, y, atMost: limit)
      #expect(
        bounded == (full <= limit ? full : nil), "limit \(limit): full \(full), bounded \(String(describing: bounded))")
      #expect(Suggestions.editDistance(y, x, atMost: limit) == bounded, "symmetric at limit \(limit)")
    }
  }

  /// The count of letters never claims more edits than the distance needs, so it never hides a
  /// close name.
  @Test(arguments: pairs)
  func letterCountsAreALowerBound(_ a: String, _ b: String) {
    let (x, y) = (Array(a.utf8), Array(b.utf8))
    let needed = Suggestions.LetterCounts(x).editsNeeded(toMatch: Suggestions.LetterCounts(y))
    #expect(needed <= Suggestions.editDistance(x, y))
  }

  /// Text made of words that are no name is answered without suggestions, and a near miss
  /// finds its name first.
  @Test(arguments: [
    ("zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz", [String]()),
    ("Device logon disabld", ["Device logon disabled"]), ("Devise does not exist", ["Device does not exist"]),
    ("Invalid App Usr", ["Invalid App User"]), ("User not fund", ["User not found"]),
  ])
  func namesNear(_ typed: String, _ expected: [String]) {
    #expect(Array(Suggestions.names(near: typed).prefix(expected.count)) == expected)
  }
}
