import Foundation

/// The contents of `Data/error-codes.json`, as the generator reads it.
public struct CatalogData: Decodable, Sendable {
  /// A source document.
  public struct Source: Decodable, Sendable {
    /// The short id, such as `S1`.
    public let id: String
    /// The document's own title.
    public let title: String
    /// Where it can be read.
    public let url: String
    /// The release it describes, language-neutral (`CUCM 12.5(1)SU3`).
    public let release: String
    /// What was read of it, or what kind of copy it is, in German.
    public let noteDe: String?
    /// The same in English.
    public let noteEn: String?
  }

  /// A note: where sources disagree, or a caveat.
  public struct Note: Decodable, Sendable {
    /// `user` (printed on the short answer) or `maintainer` (about the sources; `-v` and JSON only).
    public let audience: String
    /// The note in German.
    public let de: String
    /// The note in English.
    public let en: String
  }

  /// One error code.
  public struct Code: Decodable, Sendable {
    /// The code number.
    public let code: Int
    /// `service`, `emcc` or `application`.
    public let family: String
    /// Cisco's current name.
    public let name: String
    /// Whether the name was derived because no source gives one.
    public let nameDerived: Bool?
    /// Other spellings of the name.
    public let otherNames: [String]?
    /// The CallManager 4.1 name.
    public let legacyName: String?
    /// The CallManager 4.1 description.
    public let legacyDescription: String?
    /// Cisco's English description.
    public let description: String
    /// Cisco's documented cause, where a source adds one.
    public let cause: String?
    /// The texts the phone displays.
    public let phoneDisplay: [String]
    /// Cisco's recommended action.
    public let action: String?
    /// What the code means, in German.
    public let meaningDe: String
    /// What the code means, in English.
    public let meaningEn: String
    /// Cisco's cause in German.
    public let causeDe: String?
    /// The German hint.
    public let hintDe: String?
    /// The English hint.
    public let hintEn: String?
    /// The German hint in short.
    public let briefDe: String?
    /// The English hint in short.
    public let briefEn: String?
    /// German words admins search with.
    public let keywordsDe: [String]
    /// English words admins search with.
    public let keywordsEn: [String]
    /// Codes for the same or an overlapping condition.
    public let seeAlso: [Int]?
    /// Whether the code is frequent.
    public let frequent: Bool
    /// Source ids.
    public let sources: [String]
    /// Disagreements and caveats.
    public let notes: [Note]
  }

  /// A phone message without a code.
  public struct Message: Decodable, Sendable {
    /// A stable id.
    public let id: String
    /// The message text.
    public let name: String
    /// Cisco's description, where a source gives one.
    public let description: String?
    /// The spellings the sources give.
    public let phoneDisplay: [String]
    /// Cisco's recommended action.
    public let action: String?
    /// What the message means, in German.
    public let meaningDe: String
    /// What the message means, in English.
    public let meaningEn: String
    /// The German hint.
    public let hintDe: String?
    /// The English hint.
    public let hintEn: String?
    /// The German hint in short.
    public let briefDe: String?
    /// The English hint in short.
    public let briefEn: String?
    /// German words admins search with.
    public let keywordsDe: [String]
    /// English words admins search with.
    public let keywordsEn: [String]
    /// Source ids.
    public let sources: [String]
    /// Caveats.
    public let notes: [Note]
  }

  /// The date of the data.
  public let dataDate: String
  /// Every source.
  public let sources: [Source]
  /// Every code.
  public let codes: [Code]
  /// Every code-less message.
  public let messages: [Message]

  /// Decodes the data file's JSON.
  public static func decode(_ json: Data) throws -> CatalogData {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(CatalogData.self, from: json)
  }
}
