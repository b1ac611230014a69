import Foundation
import Synchronization
import Testing

@testable import EMCodeCLI

/// The parallel map that scans one input per thread: results in input order, every item once,
/// and really at the same time.
@Suite struct ParallelMapTests {
  @Test(arguments: [0, 1, 2, 7, 1000], [nil, 1, 2, 3, 64] as [Int?])
  func keepsOrderAndRunsEveryItemOnce(count: Int, jobs: Int?) {
    // Every slot holds its own item, so every index ran at least once; as many calls as items,
    // so none ran twice. (An atomic counter rather than a Mutex around per-index counts: Swift
    // 6.3's ThreadSanitizer reports the closures' access to a Mutex on the stack as a race.)
    let calls = Atomic<Int>(0)
    let results = Platform.parallelMap(count: count, jobs: jobs) { index in
      calls.add(1, ordering: .sequentiallyConsistent)
      return "item \(index)"
    }
    #expect(results == (0..<count).map { "item \($0)" })
    #expect(calls.load(ordering: .sequentiallyConsistent) == count)
  }

  /// Two items that each wait for the other to start: they finish only if they run at once.
  @Test func runsItemsAtTheSameTime() {
    let started = Atomic<Int>(0)
    let metOther = Platform.parallelMap(count: 2, jobs: 2) { _ in
      started.add(1, ordering: .sequentiallyConsistent)
      let deadline = Date().addingTimeInterval(10)
      while started.load(ordering: .sequentiallyConsistent) < 2 && Date() < deadline { usleep(1000) }
      return started.load(ordering: .sequentiallyConsistent) == 2
    }
    #expect(metOther == [true, true])
  }

  /// With one job, every item runs on the calling thread, one after another.
  @Test func runsOnTheCallingThreadWithOneJob() {
    let caller = pthread_self()
    let running = Atomic<Int>(0)
    let checks = Platform.parallelMap(count: 50, jobs: 1) { _ in
      let alone = running.add(1, ordering: .sequentiallyConsistent).newValue == 1
      defer { running.subtract(1, ordering: .sequentiallyConsistent) }
      return alone && pthread_equal(pthread_self(), caller) != 0
    }
    #expect(checks == Array(repeating: true, count: 50))
  }
}
