// swift-tools-version: 6.0
import PackageDescription

// A package that uses emcode's library the way a server or an app would: by path here, by URL and
// version in a real project. It imports EMCodeKit only; CI builds and runs it (see .ci/run).
let package = Package(
  name: "LibraryConsumer",
  dependencies: [.package(name: "emcode", path: "../..")],
  targets: [
    .executableTarget(name: "em-lookup", dependencies: [.product(name: "EMCodeKit", package: "emcode")])
  ]
)
