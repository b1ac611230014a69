/// The part of Extension Mobility that defines a code.
///
/// Numbers are unique across families: service codes are 0-30, EMCC codes 31-47 and
/// application codes 201-216. What the phone shows is not always the code itself, see
/// ``PhoneDisplay``.
public enum ErrorFamily: String, Sendable, CaseIterable {
  /// A code of the EM service (EMService), returned by the EM API in `<error code="N">`.
  case service
  /// A code of the EM service that concerns Extension Mobility Cross Cluster (EMCC) logins.
  case emcc
  /// A code of the EM application on the phone (EMApp), the 2xx numbers.
  case application
}

extension ErrorFamily {
  /// The raw values of all families, for command lines and forms (see ``Language/identifiers``).
  package static let identifiers: [String] = allCases.map(\.rawValue)
}
