// swift-tools-version: 6.0
import PackageDescription

// Three layers, arrows one way: emcode -> EMCodeCLI -> EMCodeKit.
//
//   EMCodeKit        the domain: catalog, lookup, search, explain, rendering. Standard library only,
//                    so a server or an app can use it; the only library product.
//   EMCodeCLI        the command: arguments, help, man page, completions, terminal, files, exit
//                    statuses, and every platform call (in Platform/Platform.swift). Not a product.
//   emcode           main.swift: runs EMCodeCLI and exits.
//
// CZlib is the system zlib (a system-library target: a module map over <zlib.h>, no sources), with
// which EMCodeCLI reads gzip-compressed traces. Only EMCodeCLI depends on it; the release build links
// libz.a into the one static file. Building needs zlib's headers (zlib1g-dev on Debian and Ubuntu).
//
// Build-time only (underscore: not API): _EMCodeGenerator turns Data/error-codes.json into
// Sources/EMCodeKit/Catalog/ErrorCatalog+Generated.swift. It shares the text folding of search with
// the library through _EMCodeFolding, so the generator never needs the library it generates, and a
// schema change cannot lock it out.
let package = Package(
  name: "emcode",
  products: [
    .executable(name: "emcode", targets: ["emcode"]),
    .library(name: "EMCodeKit", targets: ["EMCodeKit"]),
  ],
  targets: [
    .target(name: "_EMCodeFolding"),
    .target(name: "EMCodeKit", dependencies: ["_EMCodeFolding"]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    .target(name: "EMCodeCLI", dependencies: ["EMCodeKit", "CZlib"]),
    // Release builds are linked statically: one self-contained file to copy anywhere. The flag sits
    // on the executable only, so packages that depend on the EMCodeKit product are not affected.
    .executableTarget(
      name: "emcode",
      dependencies: ["EMCodeCLI"],
      linkerSettings: [
        .unsafeFlags(["-static-executable"], .when(platforms: [.linux], configuration: .release))
      ]
    ),

    .target(name: "_EMCodeGenerator", dependencies: ["_EMCodeFolding"]),
    .executableTarget(name: "generate-error-codes", dependencies: ["_EMCodeGenerator"]),

    .testTarget(name: "EMCodeKitTests", dependencies: ["EMCodeKit", "_EMCodeGenerator"]),
    .testTarget(name: "EMCodeCLITests", dependencies: ["EMCodeCLI"]),
    // The end-to-end tests run the built emcode binary, so they depend on it.
    .testTarget(name: "EMCodeEndToEndTests", dependencies: ["emcode"]),
  ]
)
