/// What `--explain` found in one input or a whole collection: counts, groups with their times,
/// devices and users, the devices and users with what failed for them, and the first outcomes.
///
/// Memory stays flat whatever the input size: the report keeps counters, at most ``groupLimit``
/// groups, ``NameCounts/limit`` names per group, ``subjectLimit`` devices and users, and the first
/// ``listLimit`` outcomes.
public struct ExplainReport: Sendable {
  /// Where something happened: the input (an index into ``inputs``), the line and the time.
  public struct Place: Sendable, Equatable {
    /// The index of the input in ``ExplainReport/inputs``.
    public let input: Int
    /// The 1-based line.
    public let line: Int
    /// The time, kept without an allocation: a log has an outcome on every few lines.
    let timeText: LogHeader.TimeText

    /// The time of the trace line, if it has one.
    public var time: String? { timeText.isEmpty ? nil : timeText.string }
  }

  /// How often something happened, where first and last, and when earliest and latest.
  public struct Tally: Sendable, Equatable {
    /// How many times.
    public internal(set) var count = 0
    /// The first occurrence, in the order of the inputs.
    public internal(set) var first: Place?
    /// The last occurrence, in the order of the inputs.
    public internal(set) var last: Place?
    private var earliestText = LogHeader.TimeText()
    private var latestText = LogHeader.TimeText()

    /// The earliest time, where the occurrences have times.
    public var earliest: String? { earliestText.isEmpty ? nil : earliestText.string }
    /// The latest time, where the occurrences have times.
    public var latest: String? { latestText.isEmpty ? nil : latestText.string }

    /// The first line, 0 when never.
    public var firstLine: Int { first?.line ?? 0 }
    /// The last line, 0 when never.
    public var lastLine: Int { last?.line ?? 0 }

    mutating func add(_ place: Place) {
      count += 1
      if first == nil { first = place }
      last = place
      let time = place.timeText
      if !time.isEmpty {
        if earliestText.isEmpty || time < earliestText { earliestText = time }
        if latestText.isEmpty || latestText < time { latestText = time }
      }
    }

    mutating func merge(_ other: Tally, inputOffset: Int, lineOffset: Int = 0) {
      guard other.count > 0 else { return }
      count += other.count
      if first == nil { first = other.first.map { $0.shifted(by: inputOffset, lines: lineOffset) } }
      last = other.last.map { $0.shifted(by: inputOffset, lines: lineOffset) }
      if !other.earliestText.isEmpty && (earliestText.isEmpty || other.earliestText < earliestText) {
        earliestText = other.earliestText
      }
      if !other.latestText.isEmpty && (latestText.isEmpty || latestText < other.latestText) {
        latestText = other.latestText
      }
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
    /// How often, where and when.
    public internal(set) var tally = Tally()
    /// The devices it happened on, with counts (in ``ExplainReport/rankedGroups``, from the
    /// devices the report follows; `others` counts those beyond ``ExplainReport/subjectLimit``).
    public internal(set) var devices = NameCounts(limit: .max)
    /// The users it happened to, with counts, as ``devices``.
    public internal(set) var users = NameCounts(limit: .max)
    /// How many of its outcomes name no device.
    public internal(set) var withoutDevice = 0
    /// How many of its outcomes name no user.
    public internal(set) var withoutUser = 0
    /// Whether this row collects the failures that came after ``ExplainReport/groupLimit`` groups.
    public let isOverflow: Bool
    /// What tells it apart from other groups.
    let key: GroupKey
  }

  /// A device or a user, and what happened to it.
  public struct Subject: Sendable {
    /// The device or user name.
    public let name: String
    /// Its failures, where and when.
    public internal(set) var failures = Tally()
    /// How many failures of each group (an index into ``ExplainReport/groups``) it had.
    public internal(set) var groupCounts: [Int: Int] = [:]
    /// The users of a device, or the devices of a user, in its failures.
    public internal(set) var partners = NameCounts(limit: 32)
  }

  /// An input of the report.
  public struct Input: Sendable, Equatable {
    /// Its name, as the caller gave it.
    public let name: String
    /// Its number of lines.
    public internal(set) var lines: Int
  }

  /// How many outcomes an input may have to be explained one by one.
  public static let itemizedLimit = 10
  /// How many outcomes the report lists (``firstOutcomes``); `--format jsonl` streams them all.
  public static let listLimit = 1000
  /// How many distinct groups are kept; later distinct failures are counted together.
  public static let groupLimit = 500
  /// How many devices, and how many users, are followed one by one.
  public static let subjectLimit = 5000

  /// The inputs, in the order they were merged.
  public internal(set) var inputs: [Input] = []
  /// The number of lines read, in all inputs.
  public internal(set) var lines = 0
  /// Successful logins, logouts and logoutAlls.
  public internal(set) var successes = Tally()
  /// Successful queries.
  public internal(set) var queries = Tally()
  /// Query answers saying that the device or user asked about does not exist.
  public internal(set) var doesNotExist = Tally()
  /// The devices and users that `doesNotExist` answers were about.
  public internal(set) var missing = NameCounts(limit: 32)
  /// Failures grouped by kind and meaning, in order of first appearance.
  public internal(set) var groups: [Group] = []
  /// The devices named in failures, by name.
  public internal(set) var devices: [String: Subject] = [:]
  /// The users named in failures, by name.
  public internal(set) var users: [String: Subject] = [:]
  /// How many failures involved devices (or users) beyond ``subjectLimit``.
  public internal(set) var devicesBeyondLimit = 0
  /// How many failures involved users beyond ``subjectLimit``.
  public internal(set) var usersBeyondLimit = 0
  /// The first outcomes, at most ``listLimit``.
  public internal(set) var firstOutcomes: [ExplainOutcome] = []
  /// Every outcome counted, successes included.
  public internal(set) var outcomeCount = 0
  /// The index of each group by its key, for recording; merging searches the groups instead.
  private var groupIndexByKey: [GroupKey: Int] = [:]
  /// The last group recorded: a run of the same failure needs no hashing.
  private var lastGroup: (key: GroupKey, index: Int)?

  /// What tells groups apart: kind, number and meaning, and for an error message whose
  /// meaning is unknown, its text.
  struct GroupKey: Hashable, Sendable {
    let kind: ExplainOutcome.Kind
    let number: Int?
    let items: ItemSet
    let text: String?
  }

  /// Creates an empty report for an input named `input`.
  public init(input: String = "") {
    inputs = [Input(name: input, lines: 0)]
  }

  /// Whether the input is small enough to explain outcome by outcome.
  public var isSmall: Bool { outcomeCount <= Self.itemizedLimit }

  /// Whether anything at all was recognised.
  public var isEmpty: Bool { outcomeCount == 0 }

  /// The groups ordered for the summary: most frequent first, then by first appearance; each with
  /// its devices and users, counted exactly from the devices and users the report follows.
  public var rankedGroups: [Group] {
    var named = groups
    for subject in devices.values {
      for (index, count) in subject.groupCounts { named[index].devices.add(subject.name, count: count) }
    }
    for subject in users.values {
      for (index, count) in subject.groupCounts { named[index].users.add(subject.name, count: count) }
    }
    for index in named.indices {
      let group = named[index]
      named[index].devices.setOthers(group.tally.count - group.withoutDevice - group.devices.total)
      named[index].users.setOthers(group.tally.count - group.withoutUser - group.users.total)
    }
    return named.enumerated().sorted {
      $0.element.tally.count != $1.element.tally.count
        ? $0.element.tally.count > $1.element.tally.count : $0.offset < $1.offset
    }.map(\.element)
  }

  /// Every distinct catalog item found, in summary order.
  public var distinctItems: [CatalogItem] {
    rankedGroups.flatMap(\.items).uniqued()
  }

  /// The devices, or users, with failures: most failures first, then by name.
  public func rankedSubjects(_ kind: SubjectKind) -> [Subject] {
    (kind == .device ? devices : users).values.filter { $0.failures.count > 0 }.sorted {
      $0.failures.count != $1.failures.count ? $0.failures.count > $1.failures.count : $0.name < $1.name
    }
  }

  /// Whether subjects are devices or users.
  public enum SubjectKind: String, Sendable, CaseIterable {
    /// Devices (phones, device profiles' phones).
    case device
    /// End users.
    case user
  }

  /// Sets the number of lines of the (single) input.
  mutating func setLines(_ count: Int) {
    lines = count
    inputs[0].lines = count
  }

  /// Adds what the scanner saw on `line`, making text of it only where the report keeps it or
  /// `materialize` asks for it; returns the outcome when it was made.
  @discardableResult
  mutating func record(
    _ sighting: ExplainScanner.Sighting, line: Int, attribution: TraceContext.Attribution,
    in buffer: UnsafeBufferPointer<UInt8>, materialize: Bool = false
  ) -> ExplainOutcome? {
    outcomeCount += 1
    let place = Place(input: 0, line: line, timeText: attribution.time)
    var outcome: ExplainOutcome?
    if materialize || firstOutcomes.count < Self.listLimit {
      let made = ExplainOutcome(
        kind: sighting.kind, input: inputs[0].name, line: line, number: sighting.number,
        hasUnreadableNumber: sighting.hasUnreadableNumber, fragment: ExplainScanner.text(buffer, sighting.fragment),
        message: Self.message(of: sighting, in: buffer),
        items: sighting.namedItems ?? sighting.itemSet.items(shownFirst: sighting.number), detail: sighting.detail,
        time: attribution.time.isEmpty ? nil : attribution.time.string, service: attribution.service,
        request: attribution.request,
        device: attribution.device, user: attribution.user)
      if firstOutcomes.count < Self.listLimit { firstOutcomes.append(made) }
      outcome = made
    }
    switch sighting.kind {
    case .success:
      successes.add(place)
    case .query: queries.add(place)
    case .doesNotExist:
      doesNotExist.add(place)
      if let name = attribution.device ?? attribution.user { missing.add(name) }
    case .apiError, .errorMessage, .phoneDisplay:
      let key = GroupKey(
        kind: sighting.kind, number: sighting.number, items: sighting.itemSet,
        text: sighting.itemSet.isEmpty ? sighting.messageText : nil)
      let index: Int
      if let last = lastGroup, last.key == key {
        index = last.index
      } else if let known = groupIndexByKey[key] {
        index = known
      } else if groups.count < Self.groupLimit {
        index = groups.count
        groups.append(
          Group(
            kind: sighting.kind, number: sighting.number,
            items: sighting.namedItems ?? sighting.itemSet.items(shownFirst: sighting.number),
            firstMessage: Self.message(of: sighting, in: buffer), isOverflow: false, key: key))
        groupIndexByKey[key] = index
      } else if let last = groups.indices.last, groups[last].isOverflow {
        // The overflow row, always the last.
        index = last
      } else {
        index = groups.count
        groups.append(
          Group(
            kind: sighting.kind, number: nil, items: [], firstMessage: "", isOverflow: true,
            key: GroupKey(kind: sighting.kind, number: nil, items: .empty, text: "\u{0}overflow")))
      }
      lastGroup = (key, index)
      addFailure(to: index, place: place, device: attribution.device, user: attribution.user)
    }
    return outcome
  }

  /// Counts a failure of group `index`, with its device and user.
  private mutating func addFailure(to index: Int, place: Place, device: String?, user: String?) {
    groups[index].tally.add(place)
    if device == nil { groups[index].withoutDevice += 1 }
    if user == nil { groups[index].withoutUser += 1 }
    subject(device, in: .device) {
      $0.failures.add(place)
      $0.groupCounts[index, default: 0] += 1
      if let user { $0.partners.add(user) }
    }
    subject(user, in: .user) {
      $0.failures.add(place)
      $0.groupCounts[index, default: 0] += 1
      if let device { $0.partners.add(device) }
    }
  }

  /// Updates the subject `name` of a kind, if it is followed (or can be).
  private mutating func subject(_ name: String?, in kind: SubjectKind, _ update: (inout Subject) -> Void) {
    guard let name else { return }
    switch kind {
    case .device:
      if devices[name] == nil && devices.count >= Self.subjectLimit {
        devicesBeyondLimit += 1
        return
      }
      update(&devices[name, default: Subject(name: name)])
    case .user:
      if users[name] == nil && users.count >= Self.subjectLimit {
        usersBeyondLimit += 1
        return
      }
      update(&users[name, default: Subject(name: name)])
    }
  }

  /// The error text of a sighting, cleaned for printing.
  private static func message(of sighting: ExplainScanner.Sighting, in buffer: UnsafeBufferPointer<UInt8>) -> String {
    if let text = sighting.messageText { return text }
    guard let range = sighting.message else { return "" }
    return ExplainScanner.text(buffer, range, cut: sighting.isMessageCut)
  }
}

extension ExplainReport.Place {
  /// The same place in a merged report whose inputs start `offset` later, and whose lines
  /// `lines` later (the next part of the same input).
  func shifted(by offset: Int, lines: Int = 0) -> Self {
    offset == 0 && lines == 0 ? self : Self(input: input + offset, line: line + lines, timeText: timeText)
  }
}
