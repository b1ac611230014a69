extension ExplainReport {
  /// One report over several inputs, merged in the order given, so that the result is the same
  /// whatever order the inputs were scanned in.
  public static func merged(_ reports: [ExplainReport]) -> ExplainReport {
    guard var result = reports.first else { return ExplainReport() }
    for report in reports.dropFirst() { result.merge(report) }
    return result
  }

  /// Adds the counts, groups, devices, users and outcomes of a report over later inputs.
  public mutating func merge(_ other: ExplainReport) {
    merge(other, asPart: false)
  }

  /// Adds the report of the next part of the last input: its lines continue the input's.
  public mutating func mergePart(_ other: ExplainReport) {
    merge(other, asPart: true)
  }

  private mutating func merge(_ other: ExplainReport, asPart: Bool) {
    let offset = asPart ? inputs.count - 1 : inputs.count
    let lineOffset = asPart ? inputs[inputs.count - 1].lines : 0
    if asPart {
      inputs[inputs.count - 1].lines += other.lines
    } else {
      inputs += other.inputs
    }
    lines += other.lines
    outcomeCount += other.outcomeCount
    successes.merge(other.successes, inputOffset: offset, lineOffset: lineOffset)
    queries.merge(other.queries, inputOffset: offset, lineOffset: lineOffset)
    doesNotExist.merge(other.doesNotExist, inputOffset: offset, lineOffset: lineOffset)
    missing.merge(other.missing)
    // Groups: the same key is the same group; new ones are added while there is room.
    var indexOf: [Int: Int] = [:]
    for (otherIndex, group) in other.groups.enumerated() {
      let index = groupIndex(for: group)
      indexOf[otherIndex] = index
      groups[index].tally.merge(group.tally, inputOffset: offset, lineOffset: lineOffset)
      groups[index].withoutDevice += group.withoutDevice
      groups[index].withoutUser += group.withoutUser
    }
    devicesBeyondLimit += other.devicesBeyondLimit
    usersBeyondLimit += other.usersBeyondLimit
    for name in other.devices.keys.sorted() {
      guard let subject = other.devices[name] else { continue }
      Self.mergeSubject(
        subject, into: &devices, beyondLimit: &devicesBeyondLimit, inputOffset: offset, lineOffset: lineOffset,
        groupIndex: indexOf)
    }
    for name in other.users.keys.sorted() {
      guard let subject = other.users[name] else { continue }
      Self.mergeSubject(
        subject, into: &users, beyondLimit: &usersBeyondLimit, inputOffset: offset, lineOffset: lineOffset,
        groupIndex: indexOf)
    }
    for var outcome in other.firstOutcomes.prefix(Self.listLimit - firstOutcomes.count) {
      outcome.line += lineOffset
      firstOutcomes.append(outcome)
    }
  }

  /// The index in this report of another report's group: the same group, a new one, or the overflow.
  private mutating func groupIndex(for group: Group) -> Int {
    if !group.isOverflow, let index = groups.firstIndex(where: { !$0.isOverflow && $0.key == group.key }) {
      return index
    }
    if !group.isOverflow && groups.filter({ !$0.isOverflow }).count < Self.groupLimit {
      var added = group
      added.tally = Tally()
      added.withoutDevice = 0
      added.withoutUser = 0
      // Keep the overflow row last.
      if let overflow = groups.firstIndex(where: \.isOverflow) {
        groups.insert(added, at: overflow)
        remapAfterInsert(at: overflow)
        return overflow
      }
      groups.append(added)
      return groups.count - 1
    }
    if let overflow = groups.firstIndex(where: \.isOverflow) { return overflow }
    groups.append(
      Group(
        kind: group.kind, number: nil, items: [], firstMessage: "", isOverflow: true,
        key: GroupKey(kind: group.kind, number: nil, items: .empty, text: "\u{0}overflow")))
    return groups.count - 1
  }

  /// Moves the subjects' group indices up after a group was inserted at `index`.
  private mutating func remapAfterInsert(at index: Int) {
    func shift(_ counts: [Int: Int]) -> [Int: Int] {
      Dictionary(uniqueKeysWithValues: counts.map { ($0.key >= index ? $0.key + 1 : $0.key, $0.value) })
    }
    for name in Array(devices.keys) {
      let shifted = shift(devices[name]?.groupCounts ?? [:])
      devices[name]?.groupCounts = shifted
    }
    for name in Array(users.keys) {
      let shifted = shift(users[name]?.groupCounts ?? [:])
      users[name]?.groupCounts = shifted
    }
  }

  private static func mergeSubject(
    _ subject: Subject, into table: inout [String: Subject], beyondLimit: inout Int, inputOffset: Int, lineOffset: Int,
    groupIndex: [Int: Int]
  ) {
    if table[subject.name] == nil && table.count >= Self.subjectLimit {
      beyondLimit += subject.failures.count
      return
    }
    table[subject.name, default: Subject(name: subject.name)].absorb(
      subject, inputOffset: inputOffset, lineOffset: lineOffset, groupIndex: groupIndex)
  }
}

extension ExplainReport.Subject {
  /// Adds what another report says about the same device or user.
  mutating func absorb(_ other: Self, inputOffset: Int, lineOffset: Int, groupIndex: [Int: Int]) {
    failures.merge(other.failures, inputOffset: inputOffset, lineOffset: lineOffset)
    for (index, count) in other.groupCounts {
      if let mapped = groupIndex[index] { groupCounts[mapped, default: 0] += count }
    }
    partners.merge(other.partners)
  }
}
