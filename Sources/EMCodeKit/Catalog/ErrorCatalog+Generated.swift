// Generated from Data/error-codes.json by `swift run generate-error-codes`. Do not edit.
// swift-format-ignore-file

extension ErrorCatalog {
  /// The date of the data in `Data/error-codes.json`.
  public static let dataDate = "2026-11-27"

  /// Every documented code, ascending.
  public static let codes: [Int] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 201, 202, 204, 205, 207, 208, 210, 211, 212, 213, 215, 216]

  /// The ids of the sources, in the order of the data file.
  public static let sourceIDs: [String] = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S10", "S11"]

  /// The source with the given id, or `nil` when there is none.
  public static func source(id: String) -> SourceReference? {
    switch id {
    case "S1":
      return SourceReference(
        id: "S1", title: "Cisco Extension Mobility API Developer Guide (DevNet): Response Codes (also its Request Types Reference, Message Document Type Definitions and How It Works sections)",
        url: "https://developer.cisco.com/docs/extension-mobility-api/response-codes",
        release: "CUCM latest (no changes from 11.0 to 14)")
    case "S2":
      return SourceReference(
        id: "S2", title: "CUCM Feature Configuration Guide 12.5(1)SU3, Extension Mobility Cross Cluster: Extension Mobility Application and Service Error Codes",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1SU3/cucm_b_feature-configuration-guide-for-cisco1251su3/cucm_b_feature-configuration-guide-for-cisco1251su3_chapter_011111.html",
        release: "CUCM 12.5(1)SU3")
    case "S3":
      return SourceReference(
        id: "S3", title: "CUCM Feature Configuration Guide 14SU2, Extension Mobility Cross Cluster (service codes 0-9 only)",
        url: "https://test-gsx.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/14SU2/cucm_b_feature-configuration-guide-for-cisco14su2/cucm_mp_e07f13b5_00_extension-mobility-cross-cluster-12-0.html",
        release: "CUCM 14SU2")
    case "S4":
      return SourceReference(
        id: "S4", title: "CUCM Feature Configuration Guide Release 15, Tables 43 and 44 (third-party copy; 215, 216 and service codes 0-5 only) and the EMCC restrictions (chunk 434 of the same copy: https://mcdewey.supported.systems/c/cucm%3A%3Av15%3A%3Afeature-config-guide%3A%3Afeature-config-guide%3A%3A434)",
        url: "https://mcdewey.supported.systems/c/cucm%3A%3Av15%3A%3Afeature-config-guide%3A%3Afeature-config-guide%3A%3A439",
        release: "CUCM 15")
    case "S5":
      return SourceReference(
        id: "S5", title: "CUCM Feature Configuration Guide 12.5(1)SU1, Extension Mobility: Extension Mobility Troubleshooting and Multiple Login Behavior",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1SU1/cucm_b_feature-configuration-guide-for-cisco1251SU1/cucm_b_feature-configuration-guide-for-cisco1251SU2_chapter_011110.html",
        release: "CUCM 12.5(1)SU1")
    case "S6":
      return SourceReference(
        id: "S6", title: "CUCM Feature Configuration Guide 12.5(1), Extension Mobility Roaming Across Clusters: Troubleshooting",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1/featureConfig/cucm_b_feature-configuration-guide-1251/cucm_b_feature-configuration-guide-1251_chapter_0110011.html",
        release: "CUCM 12.5(1)")
    case "S7":
      return SourceReference(
        id: "S7", title: "CUCM Troubleshooting Guide 12.5(1): Troubleshooting Cisco Extension Mobility Error Messages",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/trouble/12_5_1/cucm_b_troubleshooting-guide-1251/cucm_b_troubleshooting-guide-1251_chapter_01000.html",
        release: "CUCM 12.5(1)")
    case "S8":
      return SourceReference(
        id: "S8", title: "Cisco TAC document 212083: CUCM 12.X Extension Mobility(EM) and Extension Mobility Cross Cluster(EMCC) Log in service URL",
        url: "https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/212083-CUCM-12-X-Extension-Mobility-EM-and-Ext.html",
        release: "CUCM 12.x")
    case "S10":
      return SourceReference(
        id: "S10", title: "Cisco TAC document 200599: Enable UC servers for Extension Mobility Cross Cluster (EMCC)",
        url: "https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/200599-Enable-UC-servers-for-Extension-Mobility.html",
        release: "CUCM 9.x and later")
    case "S11":
      return SourceReference(
        id: "S11", title: "pcnetzwerke.de: Error codes für Extension Mobility (German, 2007; codes of the CallManager 4.1 EM API Developer Guide, German notes on the frequent codes)",
        url: "http://www.pcnetzwerke.de/news/69/58.html",
        release: "CallManager 4.1")
    default: return nil
    }
  }

  /// The entry for a code, or `nil` when the code is not documented.
  ///
  /// A switch builds only the entry asked for, so a lookup touches no table.
  public static func entry(code: Int) -> ErrorEntry? {
    switch code {
    case 0:
      return ErrorEntry(
        code: 0, family: .service, name: "Unknown Error",
        isNameDerived: false, otherNames: [],
        legacyName: "Unknown Error",
        legacyDescription: nil,
        description: "Generic error, which does not belong to the known error types.",
        cause: "The EMService failed for an unknown reason.",
        phoneDisplays: ["Login is unavailable(0)", "Logout is unavailable(0)"],
        action: nil,
        hintDE: "Cisco nennt keine konkrete Ursache. Tritt der Fehler bei EMCC-Anmeldungen auf, den Cisco-Bug CSCvn52593 („EMCC is failing with Login is Unavailable(0)“) prüfen.",
        hintEN: "Cisco names no specific cause. If it happens on EMCC logins, look at Cisco bug CSCvn52593 (\"EMCC is failing with Login is Unavailable(0)\").",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S10", "S11"],
        notes: ["TAC document 200599 (S10) lists the bug CSCvn52593 \"EMCC is failing with Login is Unavailable(0)\"."])
    case 1:
      return ErrorEntry(
        code: 1, family: .service, name: "Error on Parsing",
        isNameDerived: false, otherNames: ["Error on parsing"],
        legacyName: "XML Validation Error",
        legacyDescription: "Because the request or query was incorrectly formed, it cannot be properly processed.",
        description: "Invalid XML request. The XML passed does not conform to the DTD.",
        cause: "EMService cannot parse the XML request from the EMApp or EMService: a third-party application sends an incorrect query to the login XML (EM API), or the home and visiting clusters run mismatched versions.",
        phoneDisplays: ["Login is unavailable(1)", "Logout is unavailable(1)"],
        action: nil,
        hintDE: "Die XML-Anfrage gegen die DTD der EM API prüfen (Elemente, Reihenfolge, Schreibweise). Bei EMCC zwischen einem Besuchscluster mit 12.0 (12.x) und einem Heimatcluster bis 11.5 scheitert die Anmeldung mit loginType UID, SP oder DN in der EM-URL des Besuchsclusters: dort die Standard-URL ohne loginType verwenden (Anmeldung nur mit Benutzer-ID).",
        hintEN: "Check the request XML against the EM API DTD (elements, order, spelling). For EMCC between a visiting cluster on 12.0 (12.x) and a home cluster on 11.5 or earlier, a loginType of UID, SP or DN in the visiting cluster's EM URL fails: use the default URL without loginType there (login by user ID only).",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S8", "S11"],
        notes: ["S2: when the visiting cluster is 12.0 and the home cluster is 11.5 or below, a loginType of UID, SP or DN in the visiting cluster's EM URL fails with this code; with the default URL the login succeeds. S8: \"If EMCC is configured between 12.x and any pre 12.x CUCM, the log in process only works with user id\"."])
    case 2:
      return ErrorEntry(
        code: 2, family: .service, name: "Cannot authorize App user",
        isNameDerived: false, otherNames: ["EMCC Authentication Error"],
        legacyName: "Authentication Error",
        legacyDescription: "An error occurred in the authentication process, and the validity of the appID and appPassword that were submitted cannot be confirmed.",
        description: "Blank UserID or PIN, NULL_PARAM: shows the user login page with an error title.",
        cause: "EMCC Authentication Error: the EMCC user credentials cannot be authenticated because the user entered an incorrect PIN.",
        phoneDisplays: ["Login is unavailable(2)"],
        action: nil,
        hintDE: "Die Bedeutung hängt vom Dokument ab: Benutzer-ID und PIN dürfen nicht leer sein (API Guide); bei EMCC hat der Benutzer eine falsche PIN eingegeben (Feature Configuration Guide). Bei EM-API-Aufrufen auch appID und Passwort prüfen (Bedeutung in CallManager 4.1).",
        hintEN: "The meaning depends on the document: user ID and PIN must not be blank (API guide); for EMCC the user entered a wrong PIN (Feature Configuration Guide). For EM API calls also check the appID and password (the CallManager 4.1 meaning).",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notes: ["Code 2 has three meanings: CallManager 4.1 \"Authentication Error\" (appID/appPassword cannot be confirmed); S1 \"Cannot authorize App user\" (blank UserID or PIN); S2, S3 and S4 \"EMCC Authentication Error\" (incorrect PIN)."])
    case 3:
      return ErrorEntry(
        code: 3, family: .service, name: "Invalid App User",
        isNameDerived: false, otherNames: [],
        legacyName: "Invalid Authentication",
        legacyDescription: "The appID and/or appPassword that were provided are incorrect.",
        description: "The appid supplied in the XML is not a valid user.",
        cause: "Invalid application user. This error commonly occurs because of the EM API.",
        phoneDisplays: ["Login is unavailable(3)", "Logout is unavailable(3)"],
        action: nil,
        hintDE: "appID und Passwort im Element <appInfo> der XML-Anfrage prüfen (appID = Benutzername, appCertificate = Passwort): Die appID muss ein vorhandener Benutzer sein und das Passwort stimmen. Mit diesen Angaben authentifiziert sich die Anwendung, die die Anfrage schickt.",
        hintEN: "Check appID and password in the <appInfo> element of the XML request (appID = user name, appCertificate = password): the appID must be an existing user and the password must match. They authenticate the application that sends the request.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notes: ["S1's failure example for every operation is <error code=\"3\">Could not authenticate 'appid'</error>; its \"How It Works\" example reads <error code=\"3\">DB Query Error: Application Authentication Error: Could not authenticate\"</error> (the stray quote is in the source)."])
    case 4:
      return ErrorEntry(
        code: 4, family: .service, name: "Policy Validation error",
        isNameDerived: false, otherNames: [],
        legacyName: "Policy Validation Error",
        legacyDescription: "Some generic issue exists regarding determination whether the request is allowed.",
        description: "Does not conform to the policy set up for the user. For example, multiple log in not allowed.",
        cause: "EM Service cannot validate the login or logout request because of an unknown reason, an error while querying the database, or an error while retrieving information from the cache.",
        phoneDisplays: ["Login is unavailable(4)", "Logout is unavailable(4)"],
        action: nil,
        hintDE: "Die Anfrage verstößt gegen eine Richtlinie für den Benutzer; Ciscos Beispiel ist eine nicht erlaubte Mehrfachanmeldung: prüfen, ob der Benutzer schon an einem anderen Telefon angemeldet ist. Laut Feature Configuration Guide kann auch ein Datenbank- oder Cache-Fehler dahinterstehen.",
        hintEN: "The request breaks a policy set up for the user; Cisco's example is a multiple login that is not allowed: check whether the user is already logged in on another phone. The Feature Configuration Guide also names a database or cache error as a cause.",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notes: ["The sources describe 4 differently: S1 \"Does not conform to the policy set up for the user. For example, multiple log in not allowed\"; S2 an unknown reason, an error while querying the database, or an error while retrieving information from the cache; CallManager 4.1 \"Some generic issue exists regarding determination whether the request is allowed\"."])
    case 5:
      return ErrorEntry(
        code: 5, family: .service, name: "Device logon disabled",
        isNameDerived: false, otherNames: ["Dev. logon disabled"],
        legacyName: "Request Denied",
        legacyDescription: "The request has been denied (failed Policy Validation) for one or more reasons.",
        description: "Extension Mobility is not enabled on the device at the time of log out.",
        cause: "Dev. logon disabled: a user logs into a device that has Enable Extension Mobility unchecked in the Phone Configuration window.",
        phoneDisplays: ["Login is unavailable(5)", "Logout is unavailable(5)"],
        action: nil,
        hintDE: "In der Telefonkonfiguration (Phone Configuration) „Enable Extension Mobility“ aktivieren und speichern.",
        hintEN: "Check \"Enable Extension Mobility\" in the Phone Configuration window and save.",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notes: ["Codes 5 and 22 are both \"device logon disabled\": S1 says 5 is EM not enabled at the time of log out and 22 EM not enabled on the device; S2 says 5 is a login to a device with Enable Extension Mobility unchecked. The phone troubleshooting pages (S5, S7) only mention 22. CallManager 4.1 called 5 \"Request Denied\".", "S2 spells the name \"Dev. logon disabled\"."])
    case 6:
      return ErrorEntry(
        code: 6, family: .service, name: "Database Error",
        isNameDerived: false, otherNames: [],
        legacyName: "Database Error",
        legacyDescription: "The Extension Mobility service received an error while trying to communicate with the database.",
        description: "Database is unable to process the Extension Mobility request.",
        cause: "The database returns an exception while executing the query or stored procedure that the EM Service requests (login/logout or device/user query).",
        phoneDisplays: ["Login is unavailable(6)", "Logout is unavailable(6)", "[6]-Database Error", "Error 6 Database Error"],
        action: "Check whether a large number of requests exists: the RTMT counter \"Requests In Progress\" is high, and \"Requests Throttled\" is high if requests are rejected for concurrency. Collect detailed database logs.",
        hintDE: "In RTMT die Zähler „Requests In Progress“ und „Requests Throttled“ ansehen: Hohe Werte bedeuten, dass zu viele Anfragen gleichzeitig laufen. Sonst ausführliche Datenbank-Logs sammeln.",
        hintEN: "In RTMT, look at the counters \"Requests In Progress\" and \"Requests Throttled\": high values mean too many concurrent requests. Otherwise collect detailed database logs.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S3", "S7", "S5", "S6", "S11"],
        notes: [])
    case 7:
      return ErrorEntry(
        code: 7, family: .service, name: "Logout Request Error",
        isNameDerived: false, otherNames: [],
        legacyName: "AutoLogout Setup Error",
        legacyDescription: "The system could not communicate with the AutoLogout service.",
        description: "Could not set auto-logout duration during log in, or could not remove the device from the auto-logout list after log out.",
        cause: nil,
        phoneDisplays: [],
        action: nil,
        hintDE: nil,
        hintEN: nil,
        isFrequent: false, sourceIDs: ["S1", "S11"],
        notes: ["Only in S1 (and CallManager 4.1); the S2 service table has no code 7."])
    case 8:
      return ErrorEntry(
        code: 8, family: .service, name: "Query type undetermined",
        isNameDerived: false, otherNames: [],
        legacyName: "Query Type Unknown",
        legacyDescription: "The system could not determine whether the query is Device-User or User-Devices.",
        description: "Unrecognized Query type. The query type provided in the XML is not supported.",
        cause: "No valid query was sent to the EMService (DeviceUserQuery and UserDeviceQuery are valid ones): EM API or incorrect XML input.",
        phoneDisplays: ["Login is unavailable(8)", "Logout is unavailable(8)"],
        action: nil,
        hintDE: "Im Element <query> einen unterstützten Abfragetyp senden: deviceUserQuery, userDevicesQuery, deviceProfileQuery oder checkUser, richtig geschrieben.",
        hintEN: "Send a supported query type inside <query>: deviceUserQuery, userDevicesQuery, deviceProfileQuery or checkUser, spelled exactly.",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S11"],
        notes: ["S1 contradicts itself: its query DTD names deviceProfileQuery, but its example request uses <userDeviceProfileQuery>.", "S2 names the valid queries \"DeviceUserQuery and UserDeviceQuery\"; S1's query DTD lists four: deviceUserQuery, userDevicesQuery, checkUser and deviceProfileQuery."])
    case 9:
      return ErrorEntry(
        code: 9, family: .service, name: "Dir. User Info Error",
        isNameDerived: false, otherNames: [],
        legacyName: "DirUser Creation Error",
        legacyDescription: "Directory integration error occurred.",
        description: "Could not authenticate user. This error is a for various authentication related failures. (sic)",
        cause: "IMS returns an exception when it attempts to authenticate a user, or information about a user cannot be retrieved from the cache or database.",
        phoneDisplays: ["Login is unavailable(9)", "Logout is unavailable(9)"],
        action: nil,
        hintDE: "Die Authentifizierung des Benutzers ist gescheitert oder seine Daten waren nicht lesbar: Benutzer-ID und PIN prüfen und, wo ein Verzeichnis angebunden ist, die Verzeichnisanbindung (CallManager 4.1 beschrieb den Fehler als „Directory integration error occurred“).",
        hintEN: "Authenticating the user failed or the user's data could not be read: check user ID and PIN and, where a directory is integrated, the directory integration (CallManager 4.1 described it as \"Directory integration error occurred\").",
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S11"],
        notes: [])
    case 10:
      return ErrorEntry(
        code: 10, family: .service, name: "User lacks app proxy rights",
        isNameDerived: false, otherNames: [],
        legacyName: "Proxy Authentication Not Allowed",
        legacyDescription: "the appID that is specified does not have rights to log in or log out other users.",
        description: "If a userID also is used as an appID, the userID should have proxy rights.",
        cause: "The user tries to log in on behalf of another user. By default, a CCMSysUser has administrative rights.",
        phoneDisplays: ["Login is unavailable(10)", "Logout is unavailable(10)"],
        action: nil,
        hintDE: "Der Benutzer, der als appID dient, braucht Proxy-Rechte: ihn der Gruppe „Standard EM Authentication Proxy Rights“ hinzufügen (in CallManager 4.1: beim Benutzer unter Anschlussmobilität „Authentication Proxy Right“ aktivieren). Ohne dieses Recht darf ein Endbenutzer nur seine eigenen Geräteprofile an- und abmelden.",
        hintEN: "The user used as appID needs proxy rights: add it to \"Standard EM Authentication Proxy Rights\" (in CallManager 4.1: enable \"Authentication Proxy Right\" under Extension Mobility for that user). Without it an end user can act only on their own device profiles.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notes: [])
    case 11:
      return ErrorEntry(
        code: 11, family: .service, name: "Device does not exist",
        isNameDerived: false, otherNames: [],
        legacyName: "Device Does Not Exist",
        legacyDescription: "The specified device for login or logout does not exist in the system.",
        description: "Trying to perform an operation on a device that does not exist.",
        cause: "The phone record entry is absent in the device table.",
        phoneDisplays: ["Login is unavailable(11)", "Logout is unavailable(11)"],
        action: nil,
        hintDE: "Den Gerätenamen prüfen, z. B. ein Tippfehler in der MAC-Adresse: Er muss genau so lauten wie das Telefon im CUCM (SEP gefolgt von der MAC-Adresse, z. B. SEP003094C25B15).",
        hintEN: "Check the device name, for example a typo in the MAC address: it must match the phone in CUCM exactly (SEP followed by the MAC address, e.g. SEP003094C25B15).",
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notes: ["S2 spells the name \"Device Does not exist\"."])
    case 12:
      return ErrorEntry(
        code: 12, family: .service, name: "Dev. Profile not found",
        isNameDerived: false, otherNames: [],
        legacyName: "Device Profile Does Not Exist",
        legacyDescription: "Either a profile was specified that does not exist or no Logout Device Profile was configured for the specified user.",
        description: "Trying to use a User Device Profile that does not exist.",
        cause: "No device profile is associated with the remote user.",
        phoneDisplays: ["Phone record entry is absent in the device table"],
        action: nil,
        hintDE: "Dem Benutzer ein Geräteprofil zuordnen (beim Benutzer unter Extension Mobility/Anschlussmobilität) und eines als Standardprofil markieren, oder in der Anmeldeanfrage ein vorhandenes Profil in <deviceProfile> angeben.",
        hintEN: "Associate a device profile with the user (Extension Mobility section of the user) and mark one as the default, or name an existing profile in <deviceProfile> of the login request.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notes: ["The phone display S2 gives for 12, \"Phone record entry is absent in the device table\", is the reason text of code 11; the phone probably shows Login is unavailable(12), which no source confirms."])
    case 18:
      return ErrorEntry(
        code: 18, family: .service, name: "Another user logged in",
        isNameDerived: false, otherNames: [],
        legacyName: "Device Already Logged In",
        legacyDescription: "The system could not log in to the specified device because a user is already logged in.",
        description: "Another user is logged in to the device where login is being performed.",
        cause: "Another user is already logged in on the phone.",
        phoneDisplays: ["Login is unavailable(18)"],
        action: nil,
        hintDE: "An diesem Telefon ist schon jemand angemeldet: diesen Benutzer zuerst abmelden, dann erneut anmelden.",
        hintEN: "Someone is already logged in on this phone: log that user out first, then log in again.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notes: ["The German page prints the code as \"1818\", a typing slip for 18."])
    case 19:
      return ErrorEntry(
        code: 19, family: .service, name: "No user logged in",
        isNameDerived: false, otherNames: [],
        legacyName: "Device Not Logged In",
        legacyDescription: "Could not log out of the specified device because no user is logged in.",
        description: "Trying to perform log out on a device where no user is currently logged in.",
        cause: "Attempt to log out a user who has not logged in. This error occurs when sending logout requests from third-party applications (EM API).",
        phoneDisplays: ["Logout is unavailable(19)"],
        action: nil,
        hintDE: "Auf dem Gerät ist niemand angemeldet, es gibt nichts abzumelden. Eine EM-API-Anwendung kann das vorher mit einer deviceUserQuery prüfen.",
        hintEN: "Nobody is logged in on that device, so there is nothing to log out. An EM API client can check first with a deviceUserQuery.",
        isFrequent: false, sourceIDs: ["S1", "S2", "S11"],
        notes: [])
    case 20:
      return ErrorEntry(
        code: 20, family: .service, name: "Hoteling flag error",
        isNameDerived: false, otherNames: [],
        legacyName: "Get Device Hoteling Flag Error",
        legacyDescription: "The system could not determine whether the device allows Cisco Extension Mobility (also called \"hoteling\").",
        description: "Could not retrieve the Extension Mobility \"Enabled\" status for the specified device (DB error).",
        cause: "Enable Extension Mobility is unchecked in the Phone Configuration window.",
        phoneDisplays: ["Login is unavailable(20)", "Logout is unavailable(20)"],
        action: nil,
        hintDE: "In der Telefonkonfiguration (Phone Configuration) prüfen, ob „Enable Extension Mobility“ aktiviert ist. Ist es aktiviert, konnte der Wert nicht aus der Datenbank gelesen werden: die Datenbank prüfen.",
        hintEN: "Check that \"Enable Extension Mobility\" is checked in the Phone Configuration window. If it is, the flag could not be read from the database: look at the database.",
        isFrequent: false, sourceIDs: ["S1", "S2", "S11"],
        notes: ["S1 calls 20 a database error while reading the EM \"Enabled\" flag; S2 says Enable Extension Mobility is unchecked."])
    case 21:
      return ErrorEntry(
        code: 21, family: .service, name: "Hoteling Status error",
        isNameDerived: false, otherNames: [],
        legacyName: "Get Device Hoteling Status Error",
        legacyDescription: "The system could not determine whether these is a user currently is logged in. (sic)",
        description: "Could not verify the login status of the specified device (DB error).",
        cause: "The current user status was not retrieved from either the local cache or database.",
        phoneDisplays: ["Login is unavailable(21)", "Logout is unavailable(21)"],
        action: nil,
        hintDE: nil,
        hintEN: nil,
        isFrequent: false, sourceIDs: ["S1", "S2", "S11"],
        notes: [])
    case 22:
      return ErrorEntry(
        code: 22, family: .service, name: "Device logon disabled",
        isNameDerived: false, otherNames: ["Dev. logon disabled"],
        legacyName: "Device Does Not Allow Extension Mobility",
        legacyDescription: "The device that is specified is not configured for Extension Mobility.",
        description: "Extension Mobility is not enabled on the device.",
        cause: "EM is not enabled on the device and the request is sent via the EM API, or the Services button is pressed on the phone.",
        phoneDisplays: ["Login is unavailable(22)", "[22]-Dev.logon disabled", "Error 22 Dev Logon Disabled"],
        action: "Check \"Enable Extension Mobility\" in the Phone Configuration window (Device > Phone).",
        hintDE: "Ein Klassiker: In der Telefonkonfiguration (Device > Phone) „Enable Extension Mobility“ aktivieren und speichern. Unter CallManager 4.1 erschien diese Option erst, nachdem das Telefon mit „Insert“ angelegt war.",
        hintEN: "A classic: check \"Enable Extension Mobility\" in the Phone Configuration window (Device > Phone) and save. In CallManager 4.1 the option appeared only after the phone had been added with Insert.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6", "S11"],
        notes: ["Codes 5 and 22 are both \"device logon disabled\"; see code 5. S2 spells the name \"Dev. logon disabled\"."])
    case 23:
      return ErrorEntry(
        code: 23, family: .service, name: "User not found",
        isNameDerived: false, otherNames: ["User does not exist"],
        legacyName: "User Does Not Exist",
        legacyDescription: "The userID that was entered for login does not exist in the system.",
        description: "Given user ID is invalid.",
        cause: "User does not exist: the given user ID is not found (in any of the remote clusters). With a loginType URL it also occurs when the User ID (UID), Self-Service User ID (SP) or Primary Extension (DN) is not found.",
        phoneDisplays: ["Login is Unavailable (23)", "Logout is Unavailable (23)"],
        action: nil,
        hintDE: "Meist ein Tippfehler in der Benutzer-ID: Schreibweise prüfen und ob der Benutzer im CUCM existiert. Bei Anmeldung per loginType die Self-Service-ID (SP) oder Primärdurchwahl (DN) prüfen.",
        hintEN: "Usually a typo in the user ID: check the spelling and that the user exists in CUCM. For logins by loginType, check the self-service ID (SP) or primary extension (DN).",
        isFrequent: true, sourceIDs: ["S1", "S2", "S8", "S11"],
        notes: ["A phone showing \"(23)\" may also mean EMCC service code 40, which S2 says is displayed as \"Please try to login again (23)\".", "S2 names it \"User does not exist\"."])
    case 25:
      return ErrorEntry(
        code: 25, family: .service, name: "User logged in elsewhere",
        isNameDerived: false, otherNames: [],
        legacyName: "User Already Logged In Elsewhere",
        legacyDescription: "The system denied the login because the specified user is already logged in to a different device.",
        description: "User is trying to log in to a device, but is already logged in to another device and multiple log in is not allowed.",
        cause: "The user is currently logged in to some other phone, either in the local cluster or a remote cluster.",
        phoneDisplays: ["Multi-Login Not Allowed (25)", "[25]-User logged in elsewhe..", "Error 25 User Logged in Elsewhere"],
        action: "Check whether the user is logged in to another phone. If multiple logins must be allowed, set the Multiple Login Behavior service parameter to Multiple Logins Allowed.",
        hintDE: "Der Benutzer ist schon an einem anderen Telefon angemeldet (auch in einem anderen Cluster möglich): dort abmelden. Sollen Mehrfachanmeldungen erlaubt sein, den Service-Parameter Multiple Login Behavior auf Multiple Logins Allowed stellen (Standard: Multiple Logins Not Allowed).",
        hintEN: "The user is already logged in on another phone (possibly in another cluster): log out there. If multiple logins must be allowed, set the Multiple Login Behavior service parameter to Multiple Logins Allowed (default: Multiple Logins Not Allowed).",
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6", "S11"],
        notes: ["The display differs between documents: \"Multi-Login Not Allowed (25)\" (S2, S5), \"[25]-User logged in elsewhe..\" (S7), \"Error 25 User Logged in Elsewhere\" (S5, S6), probably by phone model, firmware or release.", "The German page prints \"the0 login\", a slip for \"the login\"."])
    case 26:
      return ErrorEntry(
        code: 26, family: .service, name: "Busy, please try again",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The server currently is processing the maximum number of log in/log out requests. Additional requests will be accepted after pending ones are processes. (sic)",
        cause: "The EMService has reached the threshold of the Maximum Concurrent Requests service parameter.",
        phoneDisplays: ["Login is unavailable(26)", "Logout is unavailable(26)", "[26]-Busy, please try again", "Error 26 Busy Please Try Again"],
        action: "Check whether the number of concurrent login/logout requests exceeds the Maximum Concurrent Requests service parameter; if so, lower the number of concurrent requests. Verify with the RTMT counter \"Requests In Progress\" (Extension Mobility object).",
        hintDE: "Zu viele gleichzeitige An- und Abmeldungen: in RTMT (Objekt Extension Mobility) den Zähler „Requests In Progress“ mit dem Service-Parameter Maximum Concurrent Requests vergleichen und weniger Anfragen gleichzeitig schicken. Später erneut versuchen.",
        hintEN: "Too many concurrent logins and logouts: compare the RTMT counter \"Requests In Progress\" (Extension Mobility object) with the Maximum Concurrent Requests service parameter and send fewer requests at once. Try again later.",
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6"],
        notes: [])
    case 27:
      return ErrorEntry(
        code: 27, family: .service, name: "Change Password",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Password must change on first use or password has expired. User must change password from the User page in Unified CM Administration.",
        cause: nil,
        phoneDisplays: [],
        action: nil,
        hintDE: "Das Passwort muss geändert werden (Erstanmeldung oder abgelaufen): auf der Benutzerseite in Unified CM Administration ändern, dann erneut anmelden.",
        hintEN: "The password must be changed (first use or expired): change it on the User page in Unified CM Administration, then log in again.",
        isFrequent: false, sourceIDs: ["S1"],
        notes: ["Only in S1; S2 has no 27 and documents the EMCC code 41 \"PIN change is required\" instead."])
    case 28:
      return ErrorEntry(
        code: 28, family: .service, name: "Untrusted IP Error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Trying to log in or log out from an untrusted IP address.",
        cause: "The Validate IP Address service parameter is set to True and the request comes from a machine whose IP address is not in the Trusted List of IPs service parameter (for example a third-party application or the EM API).",
        phoneDisplays: ["Login is unavailable(28)", "Logout is unavailable(28)"],
        action: nil,
        hintDE: "Die IP-Adresse des anfragenden Systems in den Service-Parameter Trusted List of IPs aufnehmen oder, wenn keine Prüfung gewollt ist, Validate IP Address auf False stellen.",
        hintEN: "Add the requesting system's IP address to the Trusted List of IPs service parameter or, if no check is wanted, set Validate IP Address to False.",
        isFrequent: false, sourceIDs: ["S1", "S2"],
        notes: [])
    case 29:
      return ErrorEntry(
        code: 29, family: .service, name: "RIS down-contact admin",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The RIS Data Collector service is down. An administrator must turn it on.",
        cause: "The Real-Time Information Server Data Collector (RISDC) cache is not created or initialized, and the EMService is unable to connect to RISDC.",
        phoneDisplays: ["Login is unavailable(29)", "Logout is unavailable(29)"],
        action: nil,
        hintDE: "Den Dienst RIS Data Collector starten lassen (Administrator); bis der EMService ihn erreicht, scheitern An- und Abmeldungen.",
        hintEN: "Have an administrator start the RIS Data Collector service; logins and logouts fail until the EMService can reach it.",
        isFrequent: false, sourceIDs: ["S1", "S2"],
        notes: ["S2 spells the name \"ris down-contact admin\"."])
    case 30:
      return ErrorEntry(
        code: 30, family: .service, name: "Proxy not allowed",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Log in or Log out using a proxy server is not allowed.",
        cause: "Login and logout occur through a proxy (\"Via\" is set in the HTTP header) and the Allow Proxy service parameter is set to False.",
        phoneDisplays: ["Login is unavailable(30)", "Logout is unavailable(30)"],
        action: nil,
        hintDE: "Die Anfrage ohne Proxy senden (kein „Via“-Header) oder den Service-Parameter Allow Proxy auf True stellen.",
        hintEN: "Send the request without a proxy (no \"Via\" header) or set the Allow Proxy service parameter to True.",
        isFrequent: false, sourceIDs: ["S1", "S2"],
        notes: [])
    case 31:
      return ErrorEntry(
        code: 31, family: .emcc, name: "EMCC Not Activated for the user",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Enable Extension Mobility Cross Cluster is not checked in the End User Configuration window of the home cluster.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(31)", "Logout is unavailable(31)"],
        action: nil,
        hintDE: "Im Heimatcluster beim Endbenutzer „Enable Extension Mobility Cross Cluster“ aktivieren.",
        hintEN: "In the home cluster, check \"Enable Extension Mobility Cross Cluster\" in the End User Configuration window.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 32:
      return ErrorEntry(
        code: 32, family: .emcc, name: "Device does not support EMCC",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The device model does not have EMCC capability.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(32)", "Logout is unavailable(32)"],
        action: nil,
        hintDE: "Dieses Telefonmodell kann kein EMCC: für Cross-Cluster-Anmeldungen ein EMCC-fähiges Modell verwenden.",
        hintEN: "This phone model cannot do EMCC: use an EMCC-capable model for cross-cluster logins.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["Application code 213 has the same name, \"Device does not support EMCC\"."])
    case 33:
      return ErrorEntry(
        code: 33, family: .emcc, name: "No free EMCC dummy device",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "All EMCC dummy devices are in use by other EMCC logins.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(33)", "Logout is unavailable(33)"],
        action: nil,
        hintDE: "Alle EMCC-Dummy-Geräte sind durch andere EMCC-Anmeldungen belegt: Die Anmeldung gelingt erst wieder, wenn eines frei wird.",
        hintEN: "All EMCC dummy devices are taken by other EMCC logins: a login succeeds again once one is free.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 35:
      return ErrorEntry(
        code: 35, family: .emcc, name: "Visiting Cluster Information is not present in Home Cluster",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The home cluster has no entry for this visiting cluster.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(35)", "Logout is unavailable(35)"],
        action: nil,
        hintDE: "Im Heimatcluster den Besuchscluster als Remote-Cluster eintragen (Advanced Features > EMCC > EMCC Remote Cluster).",
        hintEN: "In the home cluster, add the visiting cluster as a remote cluster (Advanced Features > EMCC > EMCC Remote Cluster).",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 36:
      return ErrorEntry(
        code: 36, family: .emcc, name: "No Remote Cluster",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The administrator has not added a remote cluster.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(36)", "Logout is unavailable(36)"],
        action: nil,
        hintDE: "Einen Remote-Cluster anlegen (Advanced Features > EMCC > EMCC Remote Cluster).",
        hintEN: "Add a remote cluster (Advanced Features > EMCC > EMCC Remote Cluster).",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 37:
      return ErrorEntry(
        code: 37, family: .emcc, name: "Duplicate Device Name",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The same device name exists in both the home and visiting clusters.",
        cause: nil,
        phoneDisplays: ["Login is Unavailable (37)", "Logout is Unavailable (37)"],
        action: nil,
        hintDE: "Ein Gerät mit demselben Namen existiert im Heimat- und im Besuchscluster. Auf Clustern mit EMCC die automatische Registrierung (Auto-Registration) abschalten.",
        hintEN: "A device with the same name exists in both the home and the visiting cluster. Disable auto-registration on clusters deployed with EMCC.",
        isFrequent: false, sourceIDs: ["S2", "S4"],
        notes: ["S4 calls it the \"duplicate device error (37)\" and ties it to auto-registration: disable auto-registration on clusters deployed with EMCC."])
    case 38:
      return ErrorEntry(
        code: 38, family: .emcc, name: "EMCC Not Allowed",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The home cluster does not allow EMCC login (Enable Extension Mobility Cross Cluster is not checked in the home cluster).",
        cause: nil,
        phoneDisplays: ["Login is unavailable(38)", "Logout is unavailable(38)"],
        action: nil,
        hintDE: "Im Heimatcluster „Enable Extension Mobility Cross Cluster“ aktivieren.",
        hintEN: "Check \"Enable Extension Mobility Cross Cluster\" in the home cluster.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 39:
      return ErrorEntry(
        code: 39, family: .emcc, name: "Configuration Issue",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Default TFTP Server and Backup TFTP Server for the EMCC login device are not set properly in the EMCC Feature Configuration page.",
        cause: nil,
        phoneDisplays: ["Please try to login again (201)"],
        action: nil,
        hintDE: "Auf der Seite EMCC Feature Configuration „Default TFTP Server“ und „Backup TFTP Server“ für EMCC-Anmeldegeräte richtig eintragen.",
        hintEN: "Set Default TFTP Server and Backup TFTP Server for EMCC login devices correctly on the EMCC Feature Configuration page.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["The phone shows (201), not (39): \"Please try to login again (201)\" can mean application code 201 or service codes 39 and 44."])
    case 40:
      return ErrorEntry(
        code: 40, family: .emcc, name: "No Response from Remote Host",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "No response received from the remote host.",
        cause: nil,
        phoneDisplays: ["Please try to login again (23)"],
        action: nil,
        hintDE: "Der entfernte Cluster hat nicht geantwortet: prüfen, ob er läuft und über das Netz erreichbar ist.",
        hintEN: "The remote cluster did not answer: check that it is up and reachable over the network.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["The phone shows (23), not (40): \"(23)\" can mean service code 23 or 40."])
    case 41:
      return ErrorEntry(
        code: 41, family: .emcc, name: "PIN change is required",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The administrator enabled \"User Must Change at Next Login\" for the PIN; the user is redirected to the Change credentials page.",
        cause: nil,
        phoneDisplays: [],
        action: nil,
        hintDE: "Der Benutzer muss seine PIN ändern: auf der angebotenen Seite Change credentials eine neue PIN setzen.",
        hintEN: "The user must change the PIN: set a new PIN on the Change credentials page offered.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["S2 gives no separate phone display. S1's service code 27 \"Change Password\" is the API counterpart."])
    case 42:
      return ErrorEntry(
        code: 42, family: .emcc, name: "Invalid ClusterID",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The remote cluster ID is not valid; this can occur during a remote cluster update.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(42)", "Logout is unavailable(42)"],
        action: nil,
        hintDE: "Die Cluster-ID des Remote-Clusters prüfen; der Fehler kann während eines Remote-Cluster-Updates auftreten.",
        hintEN: "Check the cluster ID of the remote cluster; the error can occur during a remote cluster update.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["Three codes concern an invalid cluster ID: application code 212 \"Cluster ID is invalid\", service codes 42 and 44."])
    case 43:
      return ErrorEntry(
        code: 43, family: .emcc, name: "Device Security mode error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The Device Security Profile associated with the EMCC device should be Nonsecure for its Device Security Mode.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(43)"],
        action: nil,
        hintDE: "Im Device Security Profile des EMCC-Geräts den Device Security Mode auf Nonsecure stellen.",
        hintEN: "Set the Device Security Mode of the EMCC device's Device Security Profile to Nonsecure.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 44:
      return ErrorEntry(
        code: 44, family: .emcc, name: "Cluster ID not valid",
        isNameDerived: true, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Occurs when the cluster ID is not valid.",
        cause: nil,
        phoneDisplays: ["Please try to login again (201)"],
        action: nil,
        hintDE: "Die Cluster-ID prüfen, die für den Remote-Cluster hinterlegt ist.",
        hintEN: "Check the cluster ID configured for the remote cluster.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["S2 gives no quick description for 44; the name here is derived from its reason.", "The phone shows (201), not (44): \"Please try to login again (201)\" can mean application code 201 or service codes 39 and 44. See also 42 and 212."])
    case 45:
      return ErrorEntry(
        code: 45, family: .emcc, name: "Remote Cluster version not supported",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The visiting cluster is 9.x in mixed mode, the phone is in secure mode, and the home cluster is 8.x.",
        cause: nil,
        phoneDisplays: ["Login is unsuccessful(45)"],
        action: nil,
        hintDE: "Cisco unterstützt diese Kombination nicht: Besuchscluster 9.x im Mixed Mode, Telefon im Secure Mode, Heimatcluster 8.x. Die Anmeldung gelingt erst, wenn eine dieser Bedingungen nicht mehr zutrifft.",
        hintEN: "Cisco does not support this combination: visiting cluster 9.x in mixed mode, phone in secure mode, home cluster 8.x. The login works only once one of these conditions no longer holds.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 46:
      return ErrorEntry(
        code: 46, family: .emcc, name: "Remote Cluster security mode not supported",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The visiting cluster is in mixed mode, the phone is in secure mode, and the home cluster is in nonsecure mode.",
        cause: nil,
        phoneDisplays: ["Login is unsuccessful(46)"],
        action: nil,
        hintDE: "Cisco unterstützt diese Kombination nicht: Besuchscluster im Mixed Mode, Telefon im Secure Mode, Heimatcluster im Nonsecure Mode. Die Anmeldung gelingt erst, wenn eine dieser Bedingungen nicht mehr zutrifft.",
        hintEN: "Cisco does not support this combination: visiting cluster in mixed mode, phone in secure mode, home cluster in nonsecure mode. The login works only once one of these conditions no longer holds.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 47:
      return ErrorEntry(
        code: 47, family: .emcc, name: "DN has multiple users",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "During EMCC login, the Extension used for login is assigned to multiple users as Primary.",
        cause: nil,
        phoneDisplays: ["DN has multiple users(47)"],
        action: nil,
        hintDE: "Die zur Anmeldung verwendete Durchwahl ist bei mehreren Benutzern als Primärdurchwahl eingetragen: sie nur einem Benutzer als Primärdurchwahl zuordnen oder mit der Benutzer-ID anmelden.",
        hintEN: "The extension used to log in is the primary extension of several users: make it primary for one user only, or log in by user ID.",
        isFrequent: false, sourceIDs: ["S2", "S8"],
        notes: ["Application code 216 is the same condition for EM (not EMCC) logins."])
    case 201:
      return ErrorEntry(
        code: 201, family: .application, name: "Authentication Error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Authentication error at login (S2 gives only this quick description; S7 advises checking the UserID and PIN entered).",
        cause: "For an EMCC user this error can occur if \"EMCC\" is not activated in the Intercluster Service Profile window.",
        phoneDisplays: ["Please try to login again (201)", "[201]-Authentication error", "Error 201 Authentication Error"],
        action: "The user should check that the correct UserID and PIN were entered, and check with the system administrator that they are correct.",
        hintDE: "Benutzer-ID und PIN erneut und korrekt eingeben; stimmen sie, beim Administrator prüfen lassen. Bei EMCC-Benutzern prüfen, ob „EMCC“ im Intercluster Service Profile aktiviert ist.",
        hintEN: "Enter user ID and PIN again, carefully; if they are right, have the administrator check them. For EMCC users, check that \"EMCC\" is activated in the Intercluster Service Profile.",
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notes: ["\"Please try to login again (201)\" can also be service code 39 or 44 (EMCC), which S2 says are displayed as (201)."])
    case 202:
      return ErrorEntry(
        code: 202, family: .application, name: "Blank userid or pin",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The user enters a blank user ID or PIN.",
        cause: nil,
        phoneDisplays: ["Please try to login again (202)", "[202]-Blank userid or pin", "Error 202 Blank User ID or PIN"],
        action: "Enter a valid userid and PIN.",
        hintDE: "Benutzer-ID und PIN sind Pflichtfelder: beide ausfüllen und erneut anmelden.",
        hintEN: "User ID and PIN are both required: fill in both and log in again.",
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notes: [])
    case 204:
      return ErrorEntry(
        code: 204, family: .application, name: "Directory server error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The EMApp sends this error to the phone when IMS could not authenticate the user with the given PIN.",
        cause: nil,
        phoneDisplays: ["Login is unavailable (204)"],
        action: nil,
        hintDE: "Die PIN wurde nicht akzeptiert: PIN prüfen und erneut eingeben.",
        hintEN: "The PIN was not accepted: check it and enter it again.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 205:
      return ErrorEntry(
        code: 205, family: .application, name: "User Profile Absent",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The user profile information cannot be retrieved from the cache or the database.",
        cause: nil,
        phoneDisplays: ["Login is unavailable (205)", "Logout is unavailable (205)", "[205]-User Profile Absent", "Error 205 User Profile Absent"],
        action: "Associate a Device Profile to the user.",
        hintDE: "Dem Benutzer ein Geräteprofil zuordnen.",
        hintEN: "Associate a device profile with the user.",
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notes: [])
    case 207:
      return ErrorEntry(
        code: 207, family: .application, name: "Device Name Empty",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The device or name tag is missing in the request URI. This cannot happen with real devices and can occur only if the request is sent from third-party applications.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(207)", "Logout is unavailable(207)", "[207]-Device Name Empty", "Error 207 Device Name Empty"],
        action: "Check that the URL configured for Cisco Extension Mobility is correct.",
        hintDE: "Die URL des Extension-Mobility-Dienstes prüfen: Sie muss den Gerätenamen übergeben, z. B. http://<IP-Adresse>:8080/emapp/EMAppServlet?device=#DEVICENAME#.",
        hintEN: "Check the URL of the Extension Mobility service: it must pass the device name, e.g. http://<IP address>:8080/emapp/EMAppServlet?device=#DEVICENAME#.",
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notes: ["S5 and S6 list \"Error 207 Device Name Empty\" and also \"Error 207 EM Service Connection Error\"; S2 and S7 give the connection error the code 208, which is almost certainly right."])
    case 208:
      return ErrorEntry(
        code: 208, family: .application, name: "EMService Connection Error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The visiting EMApp cannot connect to any visiting EMService (the service is down or not activated), or the visiting EMService cannot connect to the home EMService (the WAN is down or certificates are not trusted).",
        cause: nil,
        phoneDisplays: ["Login is unavailable(208)", "Logout is unavailable(208)", "[208]-EMService Conn. error", "Error 207 EM Service Connection Error"],
        action: "Verify the Cisco Extension Mobility service is running (Cisco Unified Serviceability > Tools > Control Center - Feature Services).",
        hintDE: "Prüfen, ob der Dienst Cisco Extension Mobility läuft und aktiviert ist (Cisco Unified Serviceability > Tools > Control Center - Feature Services). Bei EMCC außerdem die Verbindung zum Heimatcluster prüfen: WAN-Strecke und vertrauenswürdige Zertifikate.",
        hintEN: "Check that the Cisco Extension Mobility service is activated and running (Cisco Unified Serviceability > Tools > Control Center - Feature Services). For EMCC also check the path to the home cluster: the WAN and trusted certificates.",
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notes: ["S5 and S6 print this error as \"Error 207 EM Service Connection Error\"; S2 and S7 give it 208, and 207 is \"Device Name Empty\". 208 is almost certainly right."])
    case 210:
      return ErrorEntry(
        code: 210, family: .application, name: "Init Fail-Contact Admin",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "An error occurred while initializing EMApp, such as a failure to connect to the database during startup.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(210)", "Logout is unavailable(210)"],
        action: nil,
        hintDE: "Die EM-Anwendung (EMApp) ist nicht sauber gestartet, z. B. weil sie beim Start keine Verbindung zur Datenbank bekam: die Datenbankverbindung prüfen.",
        hintEN: "The EM application (EMApp) did not start cleanly, e.g. because it could not connect to the database at startup: check the database connection.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: [])
    case 211:
      return ErrorEntry(
        code: 211, family: .application, name: "EMCC Not Activated",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The PSTN is not activated in the Intercluster Service Profile window of the visiting cluster.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(211)", "Logout is unavailable(211)"],
        action: nil,
        hintDE: "Im Besuchscluster im Fenster Intercluster Service Profile PSTN aktivieren.",
        hintEN: "In the visiting cluster's Intercluster Service Profile window, activate PSTN.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["S2's quick description (\"EMCC Not Activated\") and reason (\"PSTN is not activated in the Intercluster Service Profile window of the visiting cluster\") disagree."])
    case 212:
      return ErrorEntry(
        code: 212, family: .application, name: "Cluster ID is invalid",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "A remote cluster update fails by sending an incorrect cluster ID to the remote cluster.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(212)"],
        action: nil,
        hintDE: "Die Cluster-ID prüfen, die beim Remote-Cluster-Update an den entfernten Cluster gesendet wird.",
        hintEN: "Check the cluster ID that the remote cluster update sends to the remote cluster.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["See also the service codes 42 \"Invalid ClusterID\" and 44."])
    case 213:
      return ErrorEntry(
        code: 213, family: .application, name: "Device does not support EMCC",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The device does not support EMCC.",
        cause: nil,
        phoneDisplays: ["Login is unavailable(213)", "Logout is unavailable(213)"],
        action: nil,
        hintDE: "Dieses Telefonmodell kann kein EMCC: für Cross-Cluster-Anmeldungen ein EMCC-fähiges Modell verwenden.",
        hintEN: "This phone model cannot do EMCC: use an EMCC-capable model for cross-cluster logins.",
        isFrequent: false, sourceIDs: ["S2"],
        notes: ["Service code 32 has the same name."])
    case 215:
      return ErrorEntry(
        code: 215, family: .application, name: "Login Type is invalid",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The loginType is invalid. Allowed values: SP (Self-service User ID), DN (Primary Extension), UID (User ID).",
        cause: nil,
        phoneDisplays: ["LoginType invalid(215)"],
        action: nil,
        hintDE: "In der EM-Dienst-URL nur loginType=SP, DN oder UID verwenden (oder den Parameter weglassen).",
        hintEN: "Use only loginType=SP, DN or UID in the EM service URL (or leave the parameter out).",
        isFrequent: false, sourceIDs: ["S2", "S4"],
        notes: ["The loginType parameter (DN, SP or UID) of the EM service URL exists from CUCM 12.0 (S2)."])
    case 216:
      return ErrorEntry(
        code: 216, family: .application, name: "DN has multiple users",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "The Extension used for EM login is assigned to multiple users as Primary.",
        cause: nil,
        phoneDisplays: ["DN has multiple users(216)"],
        action: nil,
        hintDE: "Die zur Anmeldung verwendete Durchwahl ist bei mehreren Benutzern als Primärdurchwahl eingetragen: sie nur einem Benutzer als Primärdurchwahl zuordnen oder mit der Benutzer-ID anmelden.",
        hintEN: "The extension used to log in is the primary extension of several users: make it primary for one user only, or log in by user ID.",
        isFrequent: false, sourceIDs: ["S2", "S4"],
        notes: ["Service code 47 is the same condition for EMCC logins."])
    default: return nil
    }
  }

  /// Phone messages that carry no Extension Mobility code.
  public static let messages: [PhoneMessage] = [
    PhoneMessage(
      id: "host-not-found", name: "Host not found",
      description: "A phone message without a code that Cisco's Extension Mobility troubleshooting tables list; their recommended action points at the Cisco Tomcat service.",
      phoneDisplays: ["Host not found", "Host Not Found"],
      action: "Check that the Cisco Tomcat service is running (Control Center - Network Services).",
      hintDE: "Prüfen, ob der Dienst Cisco Tomcat läuft (Control Center - Network Services).",
      hintEN: "Check that the Cisco Tomcat service is running (Control Center - Network Services).",
      sourceIDs: ["S7", "S5", "S6"], notes: []
    ),
    PhoneMessage(
      id: "http-503", name: "Http Error [503]",
      description: "A phone message without an Extension Mobility code (the number is an HTTP status) that Cisco's troubleshooting tables list; the service to check depends on when it appears.",
      phoneDisplays: ["Http Error [503]", "HTTP Error (503)"],
      action: "If it appears when the Services button is pressed, check the Cisco IP Phone Services service. If it appears when the Extension Mobility service is selected, check the Cisco Extension Mobility Application service (Control Center - Network Services).",
      hintDE: "Erscheint der Fehler beim Drücken der Services-Taste, den Dienst Cisco IP Phone Services prüfen; erscheint er bei Auswahl des EM-Dienstes, den Dienst Cisco Extension Mobility Application prüfen (Control Center - Network Services).",
      hintEN: "If it appears when the Services button is pressed, check the Cisco IP Phone Services service; if it appears when the EM service is selected, check the Cisco Extension Mobility Application service (Control Center - Network Services).",
      sourceIDs: ["S7", "S5", "S6"], notes: []
    ),
  ]

  /// The folded search text of a code: its names, and every text, one per line.
  static func searchText(code: Int) -> (names: StaticString, text: StaticString) {
    switch code {
    case 0: return ("unknown error\nunknown error", "unknown error\nunknown error\ngeneric error, which does not belong to the known error types.\nthe emservice failed for an unknown reason.\nlogin is unavailable(0)\nlogout is unavailable(0)\ncisco nennt keine konkrete ursache. tritt der fehler bei emcc-anmeldungen auf, den cisco-bug cscvn52593 („emcc is failing with login is unavailable(0)“) pruefen.\ncisco nennt keine konkrete ursache. tritt der fehler bei emcc-anmeldungen auf, den cisco-bug cscvn52593 („emcc is failing with login is unavailable(0)“) prufen.\ncisco names no specific cause. if it happens on emcc logins, look at cisco bug cscvn52593 (\"emcc is failing with login is unavailable(0)\").")
    case 1: return ("error on parsing\nerror on parsing\nxml validation error", "error on parsing\nerror on parsing\nxml validation error\nbecause the request or query was incorrectly formed, it cannot be properly processed.\ninvalid xml request. the xml passed does not conform to the dtd.\nemservice cannot parse the xml request from the emapp or emservice: a third-party application sends an incorrect query to the login xml (em api), or the home and visiting clusters run mismatched versions.\nlogin is unavailable(1)\nlogout is unavailable(1)\ndie xml-anfrage gegen die dtd der em api pruefen (elemente, reihenfolge, schreibweise). bei emcc zwischen einem besuchscluster mit 12.0 (12.x) und einem heimatcluster bis 11.5 scheitert die anmeldung mit logintype uid, sp oder dn in der em-url des besuchsclusters: dort die standard-url ohne logintype verwenden (anmeldung nur mit benutzer-id).\ndie xml-anfrage gegen die dtd der em api prufen (elemente, reihenfolge, schreibweise). bei emcc zwischen einem besuchscluster mit 12.0 (12.x) und einem heimatcluster bis 11.5 scheitert die anmeldung mit logintype uid, sp oder dn in der em-url des besuchsclusters: dort die standard-url ohne logintype verwenden (anmeldung nur mit benutzer-id).\ncheck the request xml against the em api dtd (elements, order, spelling). for emcc between a visiting cluster on 12.0 (12.x) and a home cluster on 11.5 or earlier, a logintype of uid, sp or dn in the visiting cluster's em url fails: use the default url without logintype there (login by user id only).")
    case 2: return ("cannot authorize app user\nemcc authentication error\nauthentication error", "cannot authorize app user\nemcc authentication error\nauthentication error\nan error occurred in the authentication process, and the validity of the appid and apppassword that were submitted cannot be confirmed.\nblank userid or pin, null_param: shows the user login page with an error title.\nemcc authentication error: the emcc user credentials cannot be authenticated because the user entered an incorrect pin.\nlogin is unavailable(2)\ndie bedeutung haengt vom dokument ab: benutzer-id und pin duerfen nicht leer sein (api guide); bei emcc hat der benutzer eine falsche pin eingegeben (feature configuration guide). bei em-api-aufrufen auch appid und passwort pruefen (bedeutung in callmanager 4.1).\ndie bedeutung hangt vom dokument ab: benutzer-id und pin durfen nicht leer sein (api guide); bei emcc hat der benutzer eine falsche pin eingegeben (feature configuration guide). bei em-api-aufrufen auch appid und passwort prufen (bedeutung in callmanager 4.1).\nthe meaning depends on the document: user id and pin must not be blank (api guide); for emcc the user entered a wrong pin (feature configuration guide). for em api calls also check the appid and password (the callmanager 4.1 meaning).")
    case 3: return ("invalid app user\ninvalid authentication", "invalid app user\ninvalid authentication\nthe appid and/or apppassword that were provided are incorrect.\nthe appid supplied in the xml is not a valid user.\ninvalid application user. this error commonly occurs because of the em api.\nlogin is unavailable(3)\nlogout is unavailable(3)\nappid und passwort im element <appinfo> der xml-anfrage pruefen (appid = benutzername, appcertificate = passwort): die appid muss ein vorhandener benutzer sein und das passwort stimmen. mit diesen angaben authentifiziert sich die anwendung, die die anfrage schickt.\nappid und passwort im element <appinfo> der xml-anfrage prufen (appid = benutzername, appcertificate = passwort): die appid muss ein vorhandener benutzer sein und das passwort stimmen. mit diesen angaben authentifiziert sich die anwendung, die die anfrage schickt.\ncheck appid and password in the <appinfo> element of the xml request (appid = user name, appcertificate = password): the appid must be an existing user and the password must match. they authenticate the application that sends the request.")
    case 4: return ("policy validation error\npolicy validation error", "policy validation error\npolicy validation error\nsome generic issue exists regarding determination whether the request is allowed.\ndoes not conform to the policy set up for the user. for example, multiple log in not allowed.\nem service cannot validate the login or logout request because of an unknown reason, an error while querying the database, or an error while retrieving information from the cache.\nlogin is unavailable(4)\nlogout is unavailable(4)\ndie anfrage verstoesst gegen eine richtlinie fuer den benutzer; ciscos beispiel ist eine nicht erlaubte mehrfachanmeldung: pruefen, ob der benutzer schon an einem anderen telefon angemeldet ist. laut feature configuration guide kann auch ein datenbank- oder cache-fehler dahinterstehen.\ndie anfrage verstosst gegen eine richtlinie fur den benutzer; ciscos beispiel ist eine nicht erlaubte mehrfachanmeldung: prufen, ob der benutzer schon an einem anderen telefon angemeldet ist. laut feature configuration guide kann auch ein datenbank- oder cache-fehler dahinterstehen.\nthe request breaks a policy set up for the user; cisco's example is a multiple login that is not allowed: check whether the user is already logged in on another phone. the feature configuration guide also names a database or cache error as a cause.")
    case 5: return ("device logon disabled\ndev. logon disabled\nrequest denied", "device logon disabled\ndev. logon disabled\nrequest denied\nthe request has been denied (failed policy validation) for one or more reasons.\nextension mobility is not enabled on the device at the time of log out.\ndev. logon disabled: a user logs into a device that has enable extension mobility unchecked in the phone configuration window.\nlogin is unavailable(5)\nlogout is unavailable(5)\nin der telefonkonfiguration (phone configuration) „enable extension mobility“ aktivieren und speichern.\ncheck \"enable extension mobility\" in the phone configuration window and save.")
    case 6: return ("database error\ndatabase error", "database error\ndatabase error\nthe extension mobility service received an error while trying to communicate with the database.\ndatabase is unable to process the extension mobility request.\nthe database returns an exception while executing the query or stored procedure that the em service requests (login/logout or device/user query).\nlogin is unavailable(6)\nlogout is unavailable(6)\n[6]-database error\nerror 6 database error\ncheck whether a large number of requests exists: the rtmt counter \"requests in progress\" is high, and \"requests throttled\" is high if requests are rejected for concurrency. collect detailed database logs.\nin rtmt die zaehler „requests in progress“ und „requests throttled“ ansehen: hohe werte bedeuten, dass zu viele anfragen gleichzeitig laufen. sonst ausfuehrliche datenbank-logs sammeln.\nin rtmt die zahler „requests in progress“ und „requests throttled“ ansehen: hohe werte bedeuten, dass zu viele anfragen gleichzeitig laufen. sonst ausfuhrliche datenbank-logs sammeln.\nin rtmt, look at the counters \"requests in progress\" and \"requests throttled\": high values mean too many concurrent requests. otherwise collect detailed database logs.")
    case 7: return ("logout request error\nautologout setup error", "logout request error\nautologout setup error\nthe system could not communicate with the autologout service.\ncould not set auto-logout duration during log in, or could not remove the device from the auto-logout list after log out.")
    case 8: return ("query type undetermined\nquery type unknown", "query type undetermined\nquery type unknown\nthe system could not determine whether the query is device-user or user-devices.\nunrecognized query type. the query type provided in the xml is not supported.\nno valid query was sent to the emservice (deviceuserquery and userdevicequery are valid ones): em api or incorrect xml input.\nlogin is unavailable(8)\nlogout is unavailable(8)\nim element <query> einen unterstuetzten abfragetyp senden: deviceuserquery, userdevicesquery, deviceprofilequery oder checkuser, richtig geschrieben.\nim element <query> einen unterstutzten abfragetyp senden: deviceuserquery, userdevicesquery, deviceprofilequery oder checkuser, richtig geschrieben.\nsend a supported query type inside <query>: deviceuserquery, userdevicesquery, deviceprofilequery or checkuser, spelled exactly.")
    case 9: return ("dir. user info error\ndiruser creation error", "dir. user info error\ndiruser creation error\ndirectory integration error occurred.\ncould not authenticate user. this error is a for various authentication related failures. (sic)\nims returns an exception when it attempts to authenticate a user, or information about a user cannot be retrieved from the cache or database.\nlogin is unavailable(9)\nlogout is unavailable(9)\ndie authentifizierung des benutzers ist gescheitert oder seine daten waren nicht lesbar: benutzer-id und pin pruefen und, wo ein verzeichnis angebunden ist, die verzeichnisanbindung (callmanager 4.1 beschrieb den fehler als „directory integration error occurred“).\ndie authentifizierung des benutzers ist gescheitert oder seine daten waren nicht lesbar: benutzer-id und pin prufen und, wo ein verzeichnis angebunden ist, die verzeichnisanbindung (callmanager 4.1 beschrieb den fehler als „directory integration error occurred“).\nauthenticating the user failed or the user's data could not be read: check user id and pin and, where a directory is integrated, the directory integration (callmanager 4.1 described it as \"directory integration error occurred\").")
    case 10: return ("user lacks app proxy rights\nproxy authentication not allowed", "user lacks app proxy rights\nproxy authentication not allowed\nthe appid that is specified does not have rights to log in or log out other users.\nif a userid also is used as an appid, the userid should have proxy rights.\nthe user tries to log in on behalf of another user. by default, a ccmsysuser has administrative rights.\nlogin is unavailable(10)\nlogout is unavailable(10)\nder benutzer, der als appid dient, braucht proxy-rechte: ihn der gruppe „standard em authentication proxy rights“ hinzufuegen (in callmanager 4.1: beim benutzer unter anschlussmobilitaet „authentication proxy right“ aktivieren). ohne dieses recht darf ein endbenutzer nur seine eigenen geraeteprofile an- und abmelden.\nder benutzer, der als appid dient, braucht proxy-rechte: ihn der gruppe „standard em authentication proxy rights“ hinzufugen (in callmanager 4.1: beim benutzer unter anschlussmobilitat „authentication proxy right“ aktivieren). ohne dieses recht darf ein endbenutzer nur seine eigenen gerateprofile an- und abmelden.\nthe user used as appid needs proxy rights: add it to \"standard em authentication proxy rights\" (in callmanager 4.1: enable \"authentication proxy right\" under extension mobility for that user). without it an end user can act only on their own device profiles.")
    case 11: return ("device does not exist\ndevice does not exist", "device does not exist\ndevice does not exist\nthe specified device for login or logout does not exist in the system.\ntrying to perform an operation on a device that does not exist.\nthe phone record entry is absent in the device table.\nlogin is unavailable(11)\nlogout is unavailable(11)\nden geraetenamen pruefen, z. b. ein tippfehler in der mac-adresse: er muss genau so lauten wie das telefon im cucm (sep gefolgt von der mac-adresse, z. b. sep003094c25b15).\nden geratenamen prufen, z. b. ein tippfehler in der mac-adresse: er muss genau so lauten wie das telefon im cucm (sep gefolgt von der mac-adresse, z. b. sep003094c25b15).\ncheck the device name, for example a typo in the mac address: it must match the phone in cucm exactly (sep followed by the mac address, e.g. sep003094c25b15).")
    case 12: return ("dev. profile not found\ndevice profile does not exist", "dev. profile not found\ndevice profile does not exist\neither a profile was specified that does not exist or no logout device profile was configured for the specified user.\ntrying to use a user device profile that does not exist.\nno device profile is associated with the remote user.\nphone record entry is absent in the device table\ndem benutzer ein geraeteprofil zuordnen (beim benutzer unter extension mobility/anschlussmobilitaet) und eines als standardprofil markieren, oder in der anmeldeanfrage ein vorhandenes profil in <deviceprofile> angeben.\ndem benutzer ein gerateprofil zuordnen (beim benutzer unter extension mobility/anschlussmobilitat) und eines als standardprofil markieren, oder in der anmeldeanfrage ein vorhandenes profil in <deviceprofile> angeben.\nassociate a device profile with the user (extension mobility section of the user) and mark one as the default, or name an existing profile in <deviceprofile> of the login request.")
    case 18: return ("another user logged in\ndevice already logged in", "another user logged in\ndevice already logged in\nthe system could not log in to the specified device because a user is already logged in.\nanother user is logged in to the device where login is being performed.\nanother user is already logged in on the phone.\nlogin is unavailable(18)\nan diesem telefon ist schon jemand angemeldet: diesen benutzer zuerst abmelden, dann erneut anmelden.\nsomeone is already logged in on this phone: log that user out first, then log in again.")
    case 19: return ("no user logged in\ndevice not logged in", "no user logged in\ndevice not logged in\ncould not log out of the specified device because no user is logged in.\ntrying to perform log out on a device where no user is currently logged in.\nattempt to log out a user who has not logged in. this error occurs when sending logout requests from third-party applications (em api).\nlogout is unavailable(19)\nauf dem geraet ist niemand angemeldet, es gibt nichts abzumelden. eine em-api-anwendung kann das vorher mit einer deviceuserquery pruefen.\nauf dem gerat ist niemand angemeldet, es gibt nichts abzumelden. eine em-api-anwendung kann das vorher mit einer deviceuserquery prufen.\nnobody is logged in on that device, so there is nothing to log out. an em api client can check first with a deviceuserquery.")
    case 20: return ("hoteling flag error\nget device hoteling flag error", "hoteling flag error\nget device hoteling flag error\nthe system could not determine whether the device allows cisco extension mobility (also called \"hoteling\").\ncould not retrieve the extension mobility \"enabled\" status for the specified device (db error).\nenable extension mobility is unchecked in the phone configuration window.\nlogin is unavailable(20)\nlogout is unavailable(20)\nin der telefonkonfiguration (phone configuration) pruefen, ob „enable extension mobility“ aktiviert ist. ist es aktiviert, konnte der wert nicht aus der datenbank gelesen werden: die datenbank pruefen.\nin der telefonkonfiguration (phone configuration) prufen, ob „enable extension mobility“ aktiviert ist. ist es aktiviert, konnte der wert nicht aus der datenbank gelesen werden: die datenbank prufen.\ncheck that \"enable extension mobility\" is checked in the phone configuration window. if it is, the flag could not be read from the database: look at the database.")
    case 21: return ("hoteling status error\nget device hoteling status error", "hoteling status error\nget device hoteling status error\nthe system could not determine whether these is a user currently is logged in. (sic)\ncould not verify the login status of the specified device (db error).\nthe current user status was not retrieved from either the local cache or database.\nlogin is unavailable(21)\nlogout is unavailable(21)")
    case 22: return ("device logon disabled\ndev. logon disabled\ndevice does not allow extension mobility", "device logon disabled\ndev. logon disabled\ndevice does not allow extension mobility\nthe device that is specified is not configured for extension mobility.\nextension mobility is not enabled on the device.\nem is not enabled on the device and the request is sent via the em api, or the services button is pressed on the phone.\nlogin is unavailable(22)\n[22]-dev.logon disabled\nerror 22 dev logon disabled\ncheck \"enable extension mobility\" in the phone configuration window (device > phone).\nein klassiker: in der telefonkonfiguration (device > phone) „enable extension mobility“ aktivieren und speichern. unter callmanager 4.1 erschien diese option erst, nachdem das telefon mit „insert“ angelegt war.\na classic: check \"enable extension mobility\" in the phone configuration window (device > phone) and save. in callmanager 4.1 the option appeared only after the phone had been added with insert.")
    case 23: return ("user not found\nuser does not exist\nuser does not exist", "user not found\nuser does not exist\nuser does not exist\nthe userid that was entered for login does not exist in the system.\ngiven user id is invalid.\nuser does not exist: the given user id is not found (in any of the remote clusters). with a logintype url it also occurs when the user id (uid), self-service user id (sp) or primary extension (dn) is not found.\nlogin is unavailable (23)\nlogout is unavailable (23)\nmeist ein tippfehler in der benutzer-id: schreibweise pruefen und ob der benutzer im cucm existiert. bei anmeldung per logintype die self-service-id (sp) oder primaerdurchwahl (dn) pruefen.\nmeist ein tippfehler in der benutzer-id: schreibweise prufen und ob der benutzer im cucm existiert. bei anmeldung per logintype die self-service-id (sp) oder primardurchwahl (dn) prufen.\nusually a typo in the user id: check the spelling and that the user exists in cucm. for logins by logintype, check the self-service id (sp) or primary extension (dn).")
    case 25: return ("user logged in elsewhere\nuser already logged in elsewhere", "user logged in elsewhere\nuser already logged in elsewhere\nthe system denied the login because the specified user is already logged in to a different device.\nuser is trying to log in to a device, but is already logged in to another device and multiple log in is not allowed.\nthe user is currently logged in to some other phone, either in the local cluster or a remote cluster.\nmulti-login not allowed (25)\n[25]-user logged in elsewhe..\nerror 25 user logged in elsewhere\ncheck whether the user is logged in to another phone. if multiple logins must be allowed, set the multiple login behavior service parameter to multiple logins allowed.\nder benutzer ist schon an einem anderen telefon angemeldet (auch in einem anderen cluster moeglich): dort abmelden. sollen mehrfachanmeldungen erlaubt sein, den service-parameter multiple login behavior auf multiple logins allowed stellen (standard: multiple logins not allowed).\nder benutzer ist schon an einem anderen telefon angemeldet (auch in einem anderen cluster moglich): dort abmelden. sollen mehrfachanmeldungen erlaubt sein, den service-parameter multiple login behavior auf multiple logins allowed stellen (standard: multiple logins not allowed).\nthe user is already logged in on another phone (possibly in another cluster): log out there. if multiple logins must be allowed, set the multiple login behavior service parameter to multiple logins allowed (default: multiple logins not allowed).")
    case 26: return ("busy, please try again", "busy, please try again\nthe server currently is processing the maximum number of log in/log out requests. additional requests will be accepted after pending ones are processes. (sic)\nthe emservice has reached the threshold of the maximum concurrent requests service parameter.\nlogin is unavailable(26)\nlogout is unavailable(26)\n[26]-busy, please try again\nerror 26 busy please try again\ncheck whether the number of concurrent login/logout requests exceeds the maximum concurrent requests service parameter; if so, lower the number of concurrent requests. verify with the rtmt counter \"requests in progress\" (extension mobility object).\nzu viele gleichzeitige an- und abmeldungen: in rtmt (objekt extension mobility) den zaehler „requests in progress“ mit dem service-parameter maximum concurrent requests vergleichen und weniger anfragen gleichzeitig schicken. spaeter erneut versuchen.\nzu viele gleichzeitige an- und abmeldungen: in rtmt (objekt extension mobility) den zahler „requests in progress“ mit dem service-parameter maximum concurrent requests vergleichen und weniger anfragen gleichzeitig schicken. spater erneut versuchen.\ntoo many concurrent logins and logouts: compare the rtmt counter \"requests in progress\" (extension mobility object) with the maximum concurrent requests service parameter and send fewer requests at once. try again later.")
    case 27: return ("change password", "change password\npassword must change on first use or password has expired. user must change password from the user page in unified cm administration.\ndas passwort muss geaendert werden (erstanmeldung oder abgelaufen): auf der benutzerseite in unified cm administration aendern, dann erneut anmelden.\ndas passwort muss geandert werden (erstanmeldung oder abgelaufen): auf der benutzerseite in unified cm administration andern, dann erneut anmelden.\nthe password must be changed (first use or expired): change it on the user page in unified cm administration, then log in again.")
    case 28: return ("untrusted ip error", "untrusted ip error\ntrying to log in or log out from an untrusted ip address.\nthe validate ip address service parameter is set to true and the request comes from a machine whose ip address is not in the trusted list of ips service parameter (for example a third-party application or the em api).\nlogin is unavailable(28)\nlogout is unavailable(28)\ndie ip-adresse des anfragenden systems in den service-parameter trusted list of ips aufnehmen oder, wenn keine pruefung gewollt ist, validate ip address auf false stellen.\ndie ip-adresse des anfragenden systems in den service-parameter trusted list of ips aufnehmen oder, wenn keine prufung gewollt ist, validate ip address auf false stellen.\nadd the requesting system's ip address to the trusted list of ips service parameter or, if no check is wanted, set validate ip address to false.")
    case 29: return ("ris down-contact admin", "ris down-contact admin\nthe ris data collector service is down. an administrator must turn it on.\nthe real-time information server data collector (risdc) cache is not created or initialized, and the emservice is unable to connect to risdc.\nlogin is unavailable(29)\nlogout is unavailable(29)\nden dienst ris data collector starten lassen (administrator); bis der emservice ihn erreicht, scheitern an- und abmeldungen.\nhave an administrator start the ris data collector service; logins and logouts fail until the emservice can reach it.")
    case 30: return ("proxy not allowed", "proxy not allowed\nlog in or log out using a proxy server is not allowed.\nlogin and logout occur through a proxy (\"via\" is set in the http header) and the allow proxy service parameter is set to false.\nlogin is unavailable(30)\nlogout is unavailable(30)\ndie anfrage ohne proxy senden (kein „via“-header) oder den service-parameter allow proxy auf true stellen.\nsend the request without a proxy (no \"via\" header) or set the allow proxy service parameter to true.")
    case 31: return ("emcc not activated for the user", "emcc not activated for the user\nenable extension mobility cross cluster is not checked in the end user configuration window of the home cluster.\nlogin is unavailable(31)\nlogout is unavailable(31)\nim heimatcluster beim endbenutzer „enable extension mobility cross cluster“ aktivieren.\nin the home cluster, check \"enable extension mobility cross cluster\" in the end user configuration window.")
    case 32: return ("device does not support emcc", "device does not support emcc\nthe device model does not have emcc capability.\nlogin is unavailable(32)\nlogout is unavailable(32)\ndieses telefonmodell kann kein emcc: fuer cross-cluster-anmeldungen ein emcc-faehiges modell verwenden.\ndieses telefonmodell kann kein emcc: fur cross-cluster-anmeldungen ein emcc-fahiges modell verwenden.\nthis phone model cannot do emcc: use an emcc-capable model for cross-cluster logins.")
    case 33: return ("no free emcc dummy device", "no free emcc dummy device\nall emcc dummy devices are in use by other emcc logins.\nlogin is unavailable(33)\nlogout is unavailable(33)\nalle emcc-dummy-geraete sind durch andere emcc-anmeldungen belegt: die anmeldung gelingt erst wieder, wenn eines frei wird.\nalle emcc-dummy-gerate sind durch andere emcc-anmeldungen belegt: die anmeldung gelingt erst wieder, wenn eines frei wird.\nall emcc dummy devices are taken by other emcc logins: a login succeeds again once one is free.")
    case 35: return ("visiting cluster information is not present in home cluster", "visiting cluster information is not present in home cluster\nthe home cluster has no entry for this visiting cluster.\nlogin is unavailable(35)\nlogout is unavailable(35)\nim heimatcluster den besuchscluster als remote-cluster eintragen (advanced features > emcc > emcc remote cluster).\nin the home cluster, add the visiting cluster as a remote cluster (advanced features > emcc > emcc remote cluster).")
    case 36: return ("no remote cluster", "no remote cluster\nthe administrator has not added a remote cluster.\nlogin is unavailable(36)\nlogout is unavailable(36)\neinen remote-cluster anlegen (advanced features > emcc > emcc remote cluster).\nadd a remote cluster (advanced features > emcc > emcc remote cluster).")
    case 37: return ("duplicate device name", "duplicate device name\nthe same device name exists in both the home and visiting clusters.\nlogin is unavailable (37)\nlogout is unavailable (37)\nein geraet mit demselben namen existiert im heimat- und im besuchscluster. auf clustern mit emcc die automatische registrierung (auto-registration) abschalten.\nein gerat mit demselben namen existiert im heimat- und im besuchscluster. auf clustern mit emcc die automatische registrierung (auto-registration) abschalten.\na device with the same name exists in both the home and the visiting cluster. disable auto-registration on clusters deployed with emcc.")
    case 38: return ("emcc not allowed", "emcc not allowed\nthe home cluster does not allow emcc login (enable extension mobility cross cluster is not checked in the home cluster).\nlogin is unavailable(38)\nlogout is unavailable(38)\nim heimatcluster „enable extension mobility cross cluster“ aktivieren.\ncheck \"enable extension mobility cross cluster\" in the home cluster.")
    case 39: return ("configuration issue", "configuration issue\ndefault tftp server and backup tftp server for the emcc login device are not set properly in the emcc feature configuration page.\nplease try to login again (201)\nauf der seite emcc feature configuration „default tftp server“ und „backup tftp server“ fuer emcc-anmeldegeraete richtig eintragen.\nauf der seite emcc feature configuration „default tftp server“ und „backup tftp server“ fur emcc-anmeldegerate richtig eintragen.\nset default tftp server and backup tftp server for emcc login devices correctly on the emcc feature configuration page.")
    case 40: return ("no response from remote host", "no response from remote host\nno response received from the remote host.\nplease try to login again (23)\nder entfernte cluster hat nicht geantwortet: pruefen, ob er laeuft und ueber das netz erreichbar ist.\nder entfernte cluster hat nicht geantwortet: prufen, ob er lauft und uber das netz erreichbar ist.\nthe remote cluster did not answer: check that it is up and reachable over the network.")
    case 41: return ("pin change is required", "pin change is required\nthe administrator enabled \"user must change at next login\" for the pin; the user is redirected to the change credentials page.\nder benutzer muss seine pin aendern: auf der angebotenen seite change credentials eine neue pin setzen.\nder benutzer muss seine pin andern: auf der angebotenen seite change credentials eine neue pin setzen.\nthe user must change the pin: set a new pin on the change credentials page offered.")
    case 42: return ("invalid clusterid", "invalid clusterid\nthe remote cluster id is not valid; this can occur during a remote cluster update.\nlogin is unavailable(42)\nlogout is unavailable(42)\ndie cluster-id des remote-clusters pruefen; der fehler kann waehrend eines remote-cluster-updates auftreten.\ndie cluster-id des remote-clusters prufen; der fehler kann wahrend eines remote-cluster-updates auftreten.\ncheck the cluster id of the remote cluster; the error can occur during a remote cluster update.")
    case 43: return ("device security mode error", "device security mode error\nthe device security profile associated with the emcc device should be nonsecure for its device security mode.\nlogin is unavailable(43)\nim device security profile des emcc-geraets den device security mode auf nonsecure stellen.\nim device security profile des emcc-gerats den device security mode auf nonsecure stellen.\nset the device security mode of the emcc device's device security profile to nonsecure.")
    case 44: return ("cluster id not valid", "cluster id not valid\noccurs when the cluster id is not valid.\nplease try to login again (201)\ndie cluster-id pruefen, die fuer den remote-cluster hinterlegt ist.\ndie cluster-id prufen, die fur den remote-cluster hinterlegt ist.\ncheck the cluster id configured for the remote cluster.")
    case 45: return ("remote cluster version not supported", "remote cluster version not supported\nthe visiting cluster is 9.x in mixed mode, the phone is in secure mode, and the home cluster is 8.x.\nlogin is unsuccessful(45)\ncisco unterstuetzt diese kombination nicht: besuchscluster 9.x im mixed mode, telefon im secure mode, heimatcluster 8.x. die anmeldung gelingt erst, wenn eine dieser bedingungen nicht mehr zutrifft.\ncisco unterstutzt diese kombination nicht: besuchscluster 9.x im mixed mode, telefon im secure mode, heimatcluster 8.x. die anmeldung gelingt erst, wenn eine dieser bedingungen nicht mehr zutrifft.\ncisco does not support this combination: visiting cluster 9.x in mixed mode, phone in secure mode, home cluster 8.x. the login works only once one of these conditions no longer holds.")
    case 46: return ("remote cluster security mode not supported", "remote cluster security mode not supported\nthe visiting cluster is in mixed mode, the phone is in secure mode, and the home cluster is in nonsecure mode.\nlogin is unsuccessful(46)\ncisco unterstuetzt diese kombination nicht: besuchscluster im mixed mode, telefon im secure mode, heimatcluster im nonsecure mode. die anmeldung gelingt erst, wenn eine dieser bedingungen nicht mehr zutrifft.\ncisco unterstutzt diese kombination nicht: besuchscluster im mixed mode, telefon im secure mode, heimatcluster im nonsecure mode. die anmeldung gelingt erst, wenn eine dieser bedingungen nicht mehr zutrifft.\ncisco does not support this combination: visiting cluster in mixed mode, phone in secure mode, home cluster in nonsecure mode. the login works only once one of these conditions no longer holds.")
    case 47: return ("dn has multiple users", "dn has multiple users\nduring emcc login, the extension used for login is assigned to multiple users as primary.\ndn has multiple users(47)\ndie zur anmeldung verwendete durchwahl ist bei mehreren benutzern als primaerdurchwahl eingetragen: sie nur einem benutzer als primaerdurchwahl zuordnen oder mit der benutzer-id anmelden.\ndie zur anmeldung verwendete durchwahl ist bei mehreren benutzern als primardurchwahl eingetragen: sie nur einem benutzer als primardurchwahl zuordnen oder mit der benutzer-id anmelden.\nthe extension used to log in is the primary extension of several users: make it primary for one user only, or log in by user id.")
    case 201: return ("authentication error", "authentication error\nauthentication error at login (s2 gives only this quick description; s7 advises checking the userid and pin entered).\nfor an emcc user this error can occur if \"emcc\" is not activated in the intercluster service profile window.\nplease try to login again (201)\n[201]-authentication error\nerror 201 authentication error\nthe user should check that the correct userid and pin were entered, and check with the system administrator that they are correct.\nbenutzer-id und pin erneut und korrekt eingeben; stimmen sie, beim administrator pruefen lassen. bei emcc-benutzern pruefen, ob „emcc“ im intercluster service profile aktiviert ist.\nbenutzer-id und pin erneut und korrekt eingeben; stimmen sie, beim administrator prufen lassen. bei emcc-benutzern prufen, ob „emcc“ im intercluster service profile aktiviert ist.\nenter user id and pin again, carefully; if they are right, have the administrator check them. for emcc users, check that \"emcc\" is activated in the intercluster service profile.")
    case 202: return ("blank userid or pin", "blank userid or pin\nthe user enters a blank user id or pin.\nplease try to login again (202)\n[202]-blank userid or pin\nerror 202 blank user id or pin\nenter a valid userid and pin.\nbenutzer-id und pin sind pflichtfelder: beide ausfuellen und erneut anmelden.\nbenutzer-id und pin sind pflichtfelder: beide ausfullen und erneut anmelden.\nuser id and pin are both required: fill in both and log in again.")
    case 204: return ("directory server error", "directory server error\nthe emapp sends this error to the phone when ims could not authenticate the user with the given pin.\nlogin is unavailable (204)\ndie pin wurde nicht akzeptiert: pin pruefen und erneut eingeben.\ndie pin wurde nicht akzeptiert: pin prufen und erneut eingeben.\nthe pin was not accepted: check it and enter it again.")
    case 205: return ("user profile absent", "user profile absent\nthe user profile information cannot be retrieved from the cache or the database.\nlogin is unavailable (205)\nlogout is unavailable (205)\n[205]-user profile absent\nerror 205 user profile absent\nassociate a device profile to the user.\ndem benutzer ein geraeteprofil zuordnen.\ndem benutzer ein gerateprofil zuordnen.\nassociate a device profile with the user.")
    case 207: return ("device name empty", "device name empty\nthe device or name tag is missing in the request uri. this cannot happen with real devices and can occur only if the request is sent from third-party applications.\nlogin is unavailable(207)\nlogout is unavailable(207)\n[207]-device name empty\nerror 207 device name empty\ncheck that the url configured for cisco extension mobility is correct.\ndie url des extension-mobility-dienstes pruefen: sie muss den geraetenamen uebergeben, z. b. http://<ip-adresse>:8080/emapp/emappservlet?device=#devicename#.\ndie url des extension-mobility-dienstes prufen: sie muss den geratenamen ubergeben, z. b. http://<ip-adresse>:8080/emapp/emappservlet?device=#devicename#.\ncheck the url of the extension mobility service: it must pass the device name, e.g. http://<ip address>:8080/emapp/emappservlet?device=#devicename#.")
    case 208: return ("emservice connection error", "emservice connection error\nthe visiting emapp cannot connect to any visiting emservice (the service is down or not activated), or the visiting emservice cannot connect to the home emservice (the wan is down or certificates are not trusted).\nlogin is unavailable(208)\nlogout is unavailable(208)\n[208]-emservice conn. error\nerror 207 em service connection error\nverify the cisco extension mobility service is running (cisco unified serviceability > tools > control center - feature services).\npruefen, ob der dienst cisco extension mobility laeuft und aktiviert ist (cisco unified serviceability > tools > control center - feature services). bei emcc ausserdem die verbindung zum heimatcluster pruefen: wan-strecke und vertrauenswuerdige zertifikate.\nprufen, ob der dienst cisco extension mobility lauft und aktiviert ist (cisco unified serviceability > tools > control center - feature services). bei emcc ausserdem die verbindung zum heimatcluster prufen: wan-strecke und vertrauenswurdige zertifikate.\ncheck that the cisco extension mobility service is activated and running (cisco unified serviceability > tools > control center - feature services). for emcc also check the path to the home cluster: the wan and trusted certificates.")
    case 210: return ("init fail-contact admin", "init fail-contact admin\nan error occurred while initializing emapp, such as a failure to connect to the database during startup.\nlogin is unavailable(210)\nlogout is unavailable(210)\ndie em-anwendung (emapp) ist nicht sauber gestartet, z. b. weil sie beim start keine verbindung zur datenbank bekam: die datenbankverbindung pruefen.\ndie em-anwendung (emapp) ist nicht sauber gestartet, z. b. weil sie beim start keine verbindung zur datenbank bekam: die datenbankverbindung prufen.\nthe em application (emapp) did not start cleanly, e.g. because it could not connect to the database at startup: check the database connection.")
    case 211: return ("emcc not activated", "emcc not activated\nthe pstn is not activated in the intercluster service profile window of the visiting cluster.\nlogin is unavailable(211)\nlogout is unavailable(211)\nim besuchscluster im fenster intercluster service profile pstn aktivieren.\nin the visiting cluster's intercluster service profile window, activate pstn.")
    case 212: return ("cluster id is invalid", "cluster id is invalid\na remote cluster update fails by sending an incorrect cluster id to the remote cluster.\nlogin is unavailable(212)\ndie cluster-id pruefen, die beim remote-cluster-update an den entfernten cluster gesendet wird.\ndie cluster-id prufen, die beim remote-cluster-update an den entfernten cluster gesendet wird.\ncheck the cluster id that the remote cluster update sends to the remote cluster.")
    case 213: return ("device does not support emcc", "device does not support emcc\nthe device does not support emcc.\nlogin is unavailable(213)\nlogout is unavailable(213)\ndieses telefonmodell kann kein emcc: fuer cross-cluster-anmeldungen ein emcc-faehiges modell verwenden.\ndieses telefonmodell kann kein emcc: fur cross-cluster-anmeldungen ein emcc-fahiges modell verwenden.\nthis phone model cannot do emcc: use an emcc-capable model for cross-cluster logins.")
    case 215: return ("login type is invalid", "login type is invalid\nthe logintype is invalid. allowed values: sp (self-service user id), dn (primary extension), uid (user id).\nlogintype invalid(215)\nin der em-dienst-url nur logintype=sp, dn oder uid verwenden (oder den parameter weglassen).\nuse only logintype=sp, dn or uid in the em service url (or leave the parameter out).")
    case 216: return ("dn has multiple users", "dn has multiple users\nthe extension used for em login is assigned to multiple users as primary.\ndn has multiple users(216)\ndie zur anmeldung verwendete durchwahl ist bei mehreren benutzern als primaerdurchwahl eingetragen: sie nur einem benutzer als primaerdurchwahl zuordnen oder mit der benutzer-id anmelden.\ndie zur anmeldung verwendete durchwahl ist bei mehreren benutzern als primardurchwahl eingetragen: sie nur einem benutzer als primardurchwahl zuordnen oder mit der benutzer-id anmelden.\nthe extension used to log in is the primary extension of several users: make it primary for one user only, or log in by user id.")
    default: return ("", "")
    }
  }

  /// The folded search text of a message, one text per line.
  static func searchText(messageID id: String) -> StaticString {
    switch id {
    case "host-not-found": return "host not found\na phone message without a code that cisco's extension mobility troubleshooting tables list; their recommended action points at the cisco tomcat service.\nhost not found\nhost not found\ncheck that the cisco tomcat service is running (control center - network services).\npruefen, ob der dienst cisco tomcat laeuft (control center - network services).\nprufen, ob der dienst cisco tomcat lauft (control center - network services).\ncheck that the cisco tomcat service is running (control center - network services)."
    case "http-503": return "http error [503]\na phone message without an extension mobility code (the number is an http status) that cisco's troubleshooting tables list; the service to check depends on when it appears.\nhttp error [503]\nhttp error (503)\nif it appears when the services button is pressed, check the cisco ip phone services service. if it appears when the extension mobility service is selected, check the cisco extension mobility application service (control center - network services).\nerscheint der fehler beim druecken der services-taste, den dienst cisco ip phone services pruefen; erscheint er bei auswahl des em-dienstes, den dienst cisco extension mobility application pruefen (control center - network services).\nerscheint der fehler beim drucken der services-taste, den dienst cisco ip phone services prufen; erscheint er bei auswahl des em-dienstes, den dienst cisco extension mobility application prufen (control center - network services).\nif it appears when the services button is pressed, check the cisco ip phone services service; if it appears when the em service is selected, check the cisco extension mobility application service (control center - network services)."
    default: return ""
    }
  }
}
