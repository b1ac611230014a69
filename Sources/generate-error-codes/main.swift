import Foundation
import _EMCodeGenerator

// Regenerates Sources/EMCodeKit/Catalog/ErrorCatalog+Generated.swift from Data/error-codes.json.
// `--check` only reports whether the generated file is current (exit 1 when stale).

let check = CommandLine.arguments.dropFirst().contains("--check")
do {
  let json = try Data(contentsOf: GeneratorPaths.dataFile)
  let source = try CatalogGenerator.swiftSource(fromJSON: json)
  let current = try? String(contentsOf: GeneratorPaths.generatedFile, encoding: .utf8)
  if current == source {
    print("ErrorCatalog+Generated.swift is current.")
  } else if check {
    FileHandle.standardError.write(
      Data("ErrorCatalog+Generated.swift is out of date. Run 'swift run generate-error-codes'.\n".utf8))
    exit(1)
  } else {
    try source.write(to: GeneratorPaths.generatedFile, atomically: true, encoding: .utf8)
    print("Wrote Sources/EMCodeKit/Catalog/ErrorCatalog+Generated.swift.")
  }
} catch {
  FileHandle.standardError.write(Data("generate-error-codes: \(error)\n".utf8))
  exit(1)
}
