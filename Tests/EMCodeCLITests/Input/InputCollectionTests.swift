import EMCodeKit
import Foundation
import Testing

@testable import EMCodeCLI

/// Arguments to inputs: folders walked in order, gzip read by content, binary files skipped,
/// each file read once, and problems kept in their place.
@Suite struct InputCollectionTests {
  typealias Support = InputTestSupport

  /// What reading one source gives.
  enum Read: Equatable {
    case text([UInt8])
    case skipped
    case failed(InputError.Reason)
  }

  /// What a collection gives when every source is opened and read: per source, its name and what
  /// reading it gave.
  static func contents(_ arguments: [String], standardInput: [UInt8] = []) -> [(name: String, read: Read)] {
    InputCollection(arguments: arguments).sources.map { source in
      do throws(InputError) {
        guard var input = try source.open(standardInput: { AnyByteReader(MemoryReader(standardInput)) }) else {
          return (source.name, .skipped)
        }
        #expect(input.name == source.name)
        return (input.name, .text(try Support.readAll(&input.reader, bufferSize: 4096)))
      } catch {
        #expect(error.path == source.name)
        return (source.name, .failed(error.reason))
      }
    }
  }

  /// The file's bytes.
  static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static func names(_ arguments: [String]) -> [String] {
    InputCollection(arguments: arguments).sources.map(\.name)
  }

  /// The collection fixture, with and without a trailing slash: paths in bytewise order below the
  /// folder as typed; core.bin skipped; the .gz read as its plain text.
  @Test(arguments: ["", "/"])
  func walksTheCollectionInOrder(_ slash: String) throws {
    let folder = Support.collection + slash
    let files = [
      "emapp/emapp00007.log", "emservice/core.bin", "emservice/emservice00041.log", "emservice/emservice00042.log.gz",
    ]
    let contents = Self.contents([folder])
    #expect(contents.map(\.name) == files.map { Support.collection + "/" + $0 })
    #expect(
      contents.map(\.read) == [
        .text(try Self.bytes(Support.collection + "/" + files[0])), .skipped,
        .text(try Self.bytes(Support.collection + "/" + files[2])), .text(try Support.plain()),
      ])
  }

  @Test func readsABinaryFileNamedOnTheCommandLine() throws {
    let path = Support.collection + "/emservice/core.bin"
    #expect(Self.contents([path]).map(\.read) == [.text(try Self.bytes(path))])
    // Named after its folder: still read once, in the folder's order, and now read.
    let both = Self.contents([Support.collection, path])
    #expect(both.map(\.name) == Self.contents([Support.collection]).map(\.name))
    #expect(both[1].read == .text(try Self.bytes(path)))
  }

  @Test func decompressesByContentNotByName() throws {
    try Support.withTemporaryFolder { folder in
      try Support.write(try Support.compressed(), to: "renamed.txt", in: folder)
      try Support.write(Array("plain, named gz\n".utf8), to: "plain.gz", in: folder)
      try Support.write([], to: "empty.gz", in: folder)
      let contents = Self.contents([folder.path])
      #expect(contents.map(\.name) == ["empty.gz", "plain.gz", "renamed.txt"].map { folder.path + "/" + $0 })
      #expect(contents.map(\.read) == [.text([]), .text(Array("plain, named gz\n".utf8)), .text(try Support.plain())])
    }
  }

  @Test(arguments: [
    ("gzip", true), ("plain", false),
  ])
  func decompressesStandardInput(_ label: String, compressed: Bool) throws {
    let input = compressed ? try Support.compressed() : Array("Login is unavailable(22)\n".utf8)
    let contents = Self.contents(["-"], standardInput: input)
    #expect(contents.map(\.name) == ["-"])
    #expect(contents.map(\.read) == [.text(compressed ? try Support.plain() : input)])
  }

  /// Which texts a folder run skips as binary: NUL in the first 8 KiB of text, unless UTF-16.
  @Test(
    arguments: [
      ("text", Array("Login is unavailable(22)\n".utf8), false),
      ("NUL at once", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00], true),
      ("NUL at 8191", Array(repeating: 0x41, count: 8191) + [0], true),
      ("NUL at 8192", Array(repeating: 0x41, count: 8192) + [0], false),
      ("UTF-16LE with a mark", [0xFF, 0xFE] + Array("<error code=\"22\">".utf16.flatMap { [UInt8($0), 0] }), false),
      ("UTF-16BE with a mark", [0xFE, 0xFF] + Array("<error code=\"22\">".utf16.flatMap { [0, UInt8($0)] }), false),
      ("UTF-16LE without a mark", Array("<error code=\"22\">".utf16.flatMap { [UInt8($0), 0] }), false),
      ("UTF-16BE without a mark", Array("<error code=\"22\">".utf16.flatMap { [0, UInt8($0)] }), false),
      ("too short for UTF-16", Array("<err>".utf16.flatMap { [UInt8($0), 0] }), true),
      ("empty", [], false),
    ] as [(String, [UInt8], Bool)])
  func skipsBinaryTextInFolders(_ label: String, text: [UInt8], isBinary: Bool) throws {
    try Support.withTemporaryFolder { folder in
      try Support.write(text, to: "a.log", in: folder)
      try Support.write(Support.storedGzip(text), to: "b.log.gz", in: folder)
      let inFolder = Self.contents([folder.path]).map(\.read)
      #expect(inFolder == Array(repeating: isBinary ? .skipped : .text(text), count: 2), "\(label)")
      // Named on the command line, the same files are always read.
      let named = Self.contents([folder.path + "/a.log", folder.path + "/b.log.gz"]).map(\.read)
      #expect(named == [.text(text), .text(text)], "\(label)")
    }
  }

  @Test func followsLinksWithoutLooping() throws {
    try Support.withTemporaryFolder { folder in
      try Support.write(Array("a\n".utf8), to: "logs/a.log", in: folder)
      try Support.write(Array("b\n".utf8), to: "logs/deeper/b.log", in: folder)
      let manager = FileManager.default
      try manager.createSymbolicLink(atPath: folder.path + "/logs/deeper/up", withDestinationPath: "..")
      try manager.createSymbolicLink(atPath: folder.path + "/logs/self", withDestinationPath: folder.path + "/logs")
      try manager.createSymbolicLink(atPath: folder.path + "/logs/z-again.log", withDestinationPath: "a.log")
      try manager.createSymbolicLink(atPath: folder.path + "/logs/linked", withDestinationPath: folder.path + "/other")
      try Support.write(Array("c\n".utf8), to: "other/c.log", in: folder)
      let names = Self.names([folder.path + "/logs"]).map { $0.dropFirst(folder.path.count) }
      #expect(names == ["/logs/a.log", "/logs/deeper/b.log", "/logs/linked/c.log"])
    }
  }

  @Test func reportsBrokenLinksInPlaceAndReadsTheRest() throws {
    try Support.withTemporaryFolder { folder in
      try Support.write(Array("a\n".utf8), to: "a.log", in: folder)
      try Support.write(Array("c\n".utf8), to: "c.log", in: folder)
      try FileManager.default.createSymbolicLink(atPath: folder.path + "/b.log", withDestinationPath: "missing.log")
      try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop1", withDestinationPath: "loop2")
      try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop2", withDestinationPath: "loop1")
      let contents = Self.contents([folder.path, folder.path + "/nowhere.log", ""])
      let base = folder.path
      #expect(
        contents.map(\.name) == [
          base + "/a.log", base + "/b.log", base + "/c.log", base + "/loop1", base + "/loop2", base + "/nowhere.log",
          "",
        ])
      #expect(
        contents.map(\.read) == [
          .text(Array("a\n".utf8)), .failed(.system(ENOENT)), .text(Array("c\n".utf8)), .failed(.system(ELOOP)),
          .failed(.system(ELOOP)), .failed(.system(ENOENT)), .failed(.emptyName),
        ])
    }
  }

  @Test func readsEachFileOnce() throws {
    try Support.withTemporaryFolder { folder in
      try Support.write(Array("a\n".utf8), to: "logs/a.log", in: folder)
      try FileManager.default.linkItem(atPath: folder.path + "/logs/a.log", toPath: folder.path + "/logs/hard.log")
      let logs = folder.path + "/logs"
      let cases: [([String], [String])] = [
        ([logs + "/a.log", logs + "/a.log"], [logs + "/a.log"]),
        ([logs + "/a.log", logs + "/../logs/a.log"], [logs + "/a.log"]),
        ([logs, logs + "/a.log"], [logs + "/a.log"]),
        ([logs + "/a.log", logs], [logs + "/a.log"]),
        ([logs, folder.path, logs + "/"], [logs + "/a.log"]),
        (["-", logs + "/hard.log", "-"], ["-", logs + "/hard.log"]),
      ]
      for (arguments, names) in cases {
        #expect(Self.names(arguments) == names, "\(arguments)")
      }
    }
  }

  @Test func stopsBelowTheDepthLimit() throws {
    try Support.withTemporaryFolder { folder in
      let limit = InputCollection.depthLimit
      let deep = (1...limit + 1).map { "d\($0)" }.joined(separator: "/")
      try Support.write(Array("x\n".utf8), to: "top.log", in: folder)
      try Support.write(
        Array("x\n".utf8), to: (1...limit).map { "d\($0)" }.joined(separator: "/") + "/deepest-read.log", in: folder)
      try Support.write(Array("x\n".utf8), to: deep + "/too-deep.log", in: folder)
      let sources = InputCollection(arguments: [folder.path]).sources
      #expect(sources.map { $0.name.split(separator: "/").last } == ["d\(limit + 1)", "deepest-read.log", "top.log"])
      #expect(
        sources[0].location
          == .unreadable(InputError(path: folder.path + "/" + deep, reason: .nestedTooDeep(limit: limit))))
    }
  }

  @Test func refusesAFolderOpenedAsAFile() throws {
    let source = InputSource(location: .file(path: Array(Support.collection.utf8)), name: "c", isNamed: true)
    #expect(throws: InputError(path: "c", reason: .isDirectory)) {
      try source.open(standardInput: { AnyByteReader(MemoryReader([])) })
    }
  }
}
