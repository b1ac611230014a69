/// What `--explain` found in one input: counts, groups and the first outcomes.
///
/// Memory stays flat whatever the input size: the report keeps counters, at most
/// ``groupLimit`` groups and the first ``itemizedLimit`` + 1 outcomes.
public struct ExplainReport: Sendable {
  /// How often something happened, and on which lines first and last.
  public struct Tally: Sendable, Equatable {
    /// How many times.
    public internal(set) var count = 0
    /// The first line, 0 when never.
    public internal(set) var firstLine = 0
    /// The last line, 0 when never.
    public internal(set) var lastLine = 0

    mutating func add(line: Int) {
      count += 1
      if firstLine == 0 { firstLine = line }
      lastLine = line
    }
  }

  /// Failures of one kind and meaning: one row of the summary.
  public struct Group: Sendable {
    /// The evidence kind.
    public let kind: ExplainOutcome.Kind
    /// The code or number seen, if any.
    public let number: Int?
    /// What it means.
    public let items: [CatalogItem]
    /// The error text first seen with it, if any.
    public let firstMessage: String
    /// How often and where.
    public internal(set) var tally = Tally()
    /// Whether this row collects the failures that came after ``ExplainReport/groupLimit`` groups.
    public let isOverflow: Bool
  }

  /// How many outcomes an input may have to be explained one by one.
  public static let itemizedLimit = 10
  /// How many distinct groups are kept; later distinct failures are counted together.
  public static let groupLimit = 500

  /// The number of lines read.
  public internal(set) var lines = 0
  /// Successful logins, logouts and logoutAlls.
  public internal(set) var successes = Tally()
  /// Successful queries.
  public internal(set) var queries = Tally()
  /// Failures grouped by kind and meaning, in order of first appearance.
  public internal(set) var groups: [Group] = []
  /// The first outcomes, at most ``itemizedLimit`` + 1.
  public internal(set) var firstOutcomes: [ExplainOutcome] = []
  /// Every outcome counted, successes included.
  public internal(set) var outcomeCount = 0
  private var groupIndex: [GroupKey: Int] = [:]
  private var overflowIndex: Int?

  /// What tells groups apart: kind, number and meaning, and for an error message whose
  /// meaning is unknown, its text.
  private struct GroupKey: Hashable {
    let kind: ExplainOutcome.Kind
    let number: Int?
    let items: ItemSet
    let text: String?
  }

  /// Creates an empty report.
  public init() {}

  /// Whether the input is small enough to explain outcome by outcome.
  public var isSmall: Bool { outcomeCount <= Self.itemizedLimit }

  /// Whether anything at all was recognised.
  public var isEmpty: Bool { outcomeCount == 0 }

  /// The groups ordered for the summary: most frequent first, then by first appearance.
  public var rankedGroups: [Group] {
    groups.enumerated().sorted {
      $0.element.tally.count != $1.element.tally.count
        ? $0.element.tally.count > $1.element.tally.count : $0.offset < $1.offset
    }.map(\.element)
  }

  /// Every distinct catalog item found, in summary order.
  public var distinctItems: [CatalogItem] {
    rankedGroups.flatMap(\.items).uniqued()
  }

  /// Adds what the scanner saw on `line`, making text of it only where the report keeps it.
  mutating func record(_ sighting: ExplainScanner.Sighting, line: Int, in buffer: UnsafeBufferPointer<UInt8>) {
    outcomeCount += 1
    if firstOutcomes.count <= Self.itemizedLimit {
      firstOutcomes.append(
        ExplainOutcome(
          kind: sighting.kind, line: line, number: sighting.number, hasUnreadableNumber: sighting.hasUnreadableNumber,
          fragment: ExplainScanner.text(buffer, sighting.fragment), message: Self.message(of: sighting, in: buffer),
          items: sighting.namedItems ?? sighting.itemSet.items(shownFirst: sighting.number), detail: sighting.detail))
    }
    switch sighting.kind {
    case .success: successes.add(line: line)
    case .query: queries.add(line: line)
    case .apiError, .errorMessage, .phoneDisplay:
      let key = GroupKey(
        kind: sighting.kind, number: sighting.number, items: sighting.itemSet,
        text: sighting.itemSet.isEmpty ? sighting.messageText : nil)
      if let index = groupIndex[key] {
        groups[index].tally.add(line: line)
      } else if groups.count < Self.groupLimit {
        var group = Group(
          kind: sighting.kind, number: sighting.number,
          items: sighting.namedItems ?? sighting.itemSet.items(shownFirst: sighting.number),
          firstMessage: Self.message(of: sighting, in: buffer), isOverflow: false)
        group.tally.add(line: line)
        groupIndex[key] = groups.count
        groups.append(group)
      } else if let overflowIndex {
        groups[overflowIndex].tally.add(line: line)
      } else {
        var group = Group(kind: sighting.kind, number: nil, items: [], firstMessage: "", isOverflow: true)
        group.tally.add(line: line)
        overflowIndex = groups.count
        groups.append(group)
      }
    }
  }

  /// The error text of a sighting, cleaned for printing.
  private static func message(of sighting: ExplainScanner.Sighting, in buffer: UnsafeBufferPointer<UInt8>) -> String {
    if let text = sighting.messageText { return text }
    guard let range = sighting.message else { return "" }
    return ExplainScanner.text(buffer, range, cut: sighting.isMessageCut)
  }
}
