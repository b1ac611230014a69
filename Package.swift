// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "emcode",
  products: [
    .executable(name: "emcode", targets: ["emcode"]),
    .library(name: "EMCodeKit", targets: ["EMCodeKit"]),
  ],
  targets: [
    // Core library: catalog, lookup, search, input parsing, explain scanner, rendering.
    // It imports no Foundation, so the command starts as fast as a C tool.
    .target(name: "EMCodeKit"),

    // The command: turns arguments into a call of EMCodeKit and an exit status.
    // Release builds are linked statically: one self-contained file to copy anywhere.
    .executableTarget(
      name: "emcode",
      dependencies: ["EMCodeKit"],
      linkerSettings: [
        .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))
      ]
    ),

    // Generator: Data/error-codes.json -> Sources/EMCodeKit/ErrorCatalog+Generated.swift.
    // Build-time only; it may use Foundation.
    .target(name: "EMCodeGenerator", dependencies: ["EMCodeKit"]),
    .executableTarget(name: "generate-error-codes", dependencies: ["EMCodeGenerator"]),

    // Tests
    .testTarget(name: "EMCodeKitTests", dependencies: ["EMCodeKit", "EMCodeGenerator"]),
    // The end-to-end tests run the built emcode binary, so they depend on it.
    .testTarget(name: "EMCodeEndToEndTests", dependencies: ["emcode"]),
  ]
)
