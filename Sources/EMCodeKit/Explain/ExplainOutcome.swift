/// One Extension Mobility outcome that `--explain` found in its input, with what the trace says
/// about it: when, in which service and request, on which device and for which user.
public struct ExplainOutcome: Sendable {
  /// What kind of evidence the outcome is.
  public enum Kind: String, Sendable, CaseIterable {
    /// `<response><success/></response>`, or EMApp's "Successfully performed Login for user U at
    /// D": a login, logout or logoutAll succeeded.
    case success
    /// A query answered with results (`deviceUserResults`, `userDevicesResults`, EMCC's
    /// `emccResponse`, ...).
    case query
    /// `<error code="N">`: a failed EM API request.
    case apiError = "api_error"
    /// `<errorMessage>`: a failed query, which carries no code.
    case errorMessage = "error_message"
    /// A text the phone displays, such as `Login is unavailable(23)`.
    case phoneDisplay = "phone_display"
    /// `<doesNotExist/>` in a query answer: the device or user asked about does not exist.
    case doesNotExist = "does_not_exist"
  }

  /// The service whose trace line an outcome belongs to.
  public enum Service: String, Sendable, CaseIterable {
    /// "Cisco Extension Mobility", the EMService servlet that answers the EM API.
    case emService = "EMService"
    /// "Cisco Extension Mobility Application", the EMApp servlet that talks to the phone.
    case emApp = "EMApp"
  }

  /// What kind of evidence this is.
  public let kind: Kind
  /// The name of the input the outcome is in, as the caller named it (a path, `-`).
  public internal(set) var input: String
  /// The 1-based line the outcome starts on.
  public internal(set) var line: Int
  /// The code of an API error or the number on the phone; `nil` where there is none or it is unreadable.
  public let number: Int?
  /// Whether a code attribute was present but too long or not a number.
  public let hasUnreadableNumber: Bool
  /// The recognised text, cleaned for printing on one line.
  public let fragment: String
  /// The error text of an API error or error message, cleaned; empty for other kinds.
  public let message: String
  /// The catalog items the outcome can mean; empty for successes and undocumented codes.
  public let items: [CatalogItem]
  /// The result element of a query (`deviceUserResults`); empty for other kinds.
  public let detail: String
  /// The time of the trace line the outcome belongs to, as the trace prints it
  /// (`2018-04-14 19:10:52,467`), or `nil` where there is none.
  public let time: String?
  /// The service of that trace line, or `nil` outside a trace.
  public let service: Service?
  /// The request as the trace numbers it (`7`, or `1:3` on an EMCC home cluster), or `nil`.
  public let request: String?
  /// The device the request was for, or `nil` where the input does not name it.
  public let device: String?
  /// The user the request was for, or `nil` where the input does not name it.
  public let user: String?

  /// Whether the outcome reports a failure: an API error, an error message or a phone text.
  public var isFailure: Bool { kind == .apiError || kind == .errorMessage || kind == .phoneDisplay }
}
