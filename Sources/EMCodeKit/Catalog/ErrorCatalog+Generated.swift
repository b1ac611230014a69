// Generated from Data/error-codes.json by `swift run generate-error-codes`. Do not edit.
// swift-format-ignore-file

extension ErrorCatalog {
  /// The date of the data in `Data/error-codes.json`.
  public static let dataDate = "2026-11-27"

  /// Every documented code, ascending.
  public static let codes: [Int] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 18, 19, 20, 21, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 201, 202, 204, 205, 207, 208, 210, 211, 212, 213, 215, 216]

  /// The ids of the sources, in the order of the data file.
  public static let sourceIDs: [String] = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S14"]

  /// The source with the given id, or `nil` when there is none.
  public static func source(id: String) -> SourceReference? {
    switch id {
    case "S1":
      return SourceReference(
        id: "S1", title: "Cisco Extension Mobility API Developer Guide",
        url: "https://developer.cisco.com/docs/extension-mobility-api/response-codes",
        release: "CUCM 11.0–14",
        noteDE: "DevNet. Gelesen: Response Codes, Request Types Reference, Message Document Type Definitions und How It Works. Ohne Versionsangabe („latest“); laut Änderungsliste keine Änderungen von 11.0 bis 14.",
        noteEN: "DevNet. Read: Response Codes, Request Types Reference, Message Document Type Definitions and How It Works. Versionless (\"latest\"); its changelog lists no changes from 11.0 to 14.")
    case "S2":
      return SourceReference(
        id: "S2", title: "Feature Configuration Guide for Cisco Unified Communications Manager, Release 12.5(1)SU3",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1SU3/cucm_b_feature-configuration-guide-for-cisco1251su3/cucm_b_feature-configuration-guide-for-cisco1251su3_chapter_011111.html",
        release: "CUCM 12.5(1)SU3",
        noteDE: "Kapitel „Extension Mobility Cross Cluster“ vollständig gelesen: beide Fehlertabellen, Konfigurationsschritte, Einschränkungen.",
        noteEN: "Chapter \"Extension Mobility Cross Cluster\" read in full: both error code tables, configuration steps, restrictions.")
    case "S3":
      return SourceReference(
        id: "S3", title: "Feature Configuration Guide for Cisco Unified Communications Manager, Release 14 and SUs",
        url: "https://test-gsx.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/14SU2/cucm_b_feature-configuration-guide-for-cisco14su2/cucm_mp_e07f13b5_00_extension-mobility-cross-cluster-12-0.html",
        release: "CUCM 14SU2",
        noteDE: "Kapitel „Extension Mobility Cross Cluster“, nur Servicecodes 0–9 gelesen (Wortlaut wie S2). Kopie auf test-gsx.cisco.com, offenbar einem Cisco-Staging-Host. Andere Kapitel desselben Buchs liegen auf www.cisco.com im selben Verzeichnis; die www.cisco.com-Adresse dieses Kapitels ist nicht geprüft.",
        noteEN: "Chapter \"Extension Mobility Cross Cluster\", service codes 0–9 only (same wording as S2). Copy on test-gsx.cisco.com, apparently a Cisco staging host. Other chapters of the same book are on www.cisco.com in the same directory; this chapter's www.cisco.com address was not verified.")
    case "S4":
      return SourceReference(
        id: "S4", title: "Feature Configuration Guide for Cisco Unified Communications Manager, Release 15 and SUs",
        url: "https://mcdewey.supported.systems/c/cucm%3A%3Av15%3A%3Afeature-config-guide%3A%3Afeature-config-guide%3A%3A439",
        release: "CUCM 15",
        noteDE: "Kopie eines Drittanbieters (mcdewey.supported.systems) des Cisco-PDFs; eine Cisco-Adresse wurde nicht gefunden. Gelesen: Tabellen 43 und 44 (nur 215, 216 und Servicecodes 0–5) und die EMCC-Einschränkungen in den Abschnitten 434 und 435 derselben Kopie (https://mcdewey.supported.systems/c/cucm%3A%3Av15%3A%3Afeature-config-guide%3A%3Afeature-config-guide%3A%3A434, …%3A%3A435).",
        noteEN: "Third-party copy (mcdewey.supported.systems) of the Cisco PDF; no Cisco address was found. Read: Tables 43 and 44 (215, 216 and service codes 0–5 only) and the EMCC restrictions in chunks 434 and 435 of the same copy (https://mcdewey.supported.systems/c/cucm%3A%3Av15%3A%3Afeature-config-guide%3A%3Afeature-config-guide%3A%3A434, …%3A%3A435).")
    case "S5":
      return SourceReference(
        id: "S5", title: "Feature Configuration Guide for Cisco Unified Communications Manager, Release 12.5(1)SU1",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1SU1/cucm_b_feature-configuration-guide-for-cisco1251SU1/cucm_b_feature-configuration-guide-for-cisco1251SU2_chapter_011110.html",
        release: "CUCM 12.5(1)SU1",
        noteDE: "Kapitel „Extension Mobility“: Abschnitt Extension Mobility Troubleshooting und die Service-Parameter (u. a. Multiple Login Behavior) gelesen.",
        noteEN: "Chapter \"Extension Mobility\": the Extension Mobility Troubleshooting section and the service parameters (including Multiple Login Behavior) read.")
    case "S6":
      return SourceReference(
        id: "S6", title: "Feature Configuration Guide for Cisco Unified Communications Manager, Release 12.5(1)",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/admin/12_5_1/featureConfig/cucm_b_feature-configuration-guide-1251/cucm_b_feature-configuration-guide-1251_chapter_0110011.html",
        release: "CUCM 12.5(1)",
        noteDE: "Kapitel „Extension Mobility Roaming Across Clusters“, Abschnitt Troubleshooting vollständig gelesen (gleicher Text wie S5).",
        noteEN: "Chapter \"Extension Mobility Roaming Across Clusters\", Troubleshooting section read in full (same text as S5).")
    case "S7":
      return SourceReference(
        id: "S7", title: "Troubleshooting Guide for Cisco Unified Communications Manager, Release 12.5(1)",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/trouble/12_5_1/cucm_b_troubleshooting-guide-1251/cucm_b_troubleshooting-guide-1251_chapter_01000.html",
        release: "CUCM 12.5(1)",
        noteDE: "Kapitel „Troubleshooting Features and Services“, Abschnitt „Troubleshooting Cisco Extension Mobility Error Messages“: ganze Tabelle gelesen.",
        noteEN: "Chapter \"Troubleshooting Features and Services\", section \"Troubleshooting Cisco Extension Mobility Error Messages\": whole table read.")
    case "S8":
      return SourceReference(
        id: "S8", title: "CUCM 12.X Extension Mobility(EM) and Extension Mobility Cross Cluster(EMCC) Log in service URL",
        url: "https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/212083-CUCM-12-X-Extension-Mobility-EM-and-Ext.html",
        release: "CUCM 12.x",
        noteDE: "Cisco-TAC-Dokument 212083 vom 14.09.2017, vollständig gelesen; getestet mit CUCM 12.0.0.99834-5.",
        noteEN: "Cisco TAC document 212083 of 14 Sep 2017, read in full; tested on CUCM 12.0.0.99834-5.")
    case "S9":
      return SourceReference(
        id: "S9", title: "Configure and Troubleshoot Extension Mobility for Log Analysis",
        url: "https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/213251-configure-and-troubleshoot-extension-mob.html",
        release: "CUCM 12.0",
        noteDE: "Cisco-TAC-Dokument 213251 vom 26.04.2018; gelesen: Log-Analyse einer erfolgreichen An- und Abmeldung (Tomcat-Security-, EM-Service- und EMApp-Logs, CUCM 12.0.0.99834-4).",
        noteEN: "Cisco TAC document 213251 of 26 Apr 2018; read: the log analysis of a successful login and logout (Tomcat security, EM service and EMApp logs, CUCM 12.0.0.99834-4).")
    case "S10":
      return SourceReference(
        id: "S10", title: "Enable UC servers for Extension Mobility Cross Cluster (EMCC)",
        url: "https://www.cisco.com/c/en/us/support/docs/unified-communications/unified-communications-manager-callmanager/200599-Enable-UC-servers-for-Extension-Mobility.html",
        release: "CUCM 9.x+",
        noteDE: "Cisco-TAC-Dokument 200599, vollständig gelesen (Konfigurationsschritte und bekannte Bugs).",
        noteEN: "Cisco TAC document 200599, read in full (configuration steps and known defects).")
    case "S11":
      return SourceReference(
        id: "S11", title: "Error codes für Extension Mobility",
        url: "http://www.pcnetzwerke.de/news/69/58.html",
        release: "CallManager 4.1",
        noteDE: "pcnetzwerke.de, 05.02.2007, vollständig gelesen. Gibt die Codes des „Cisco CallManager Extension Mobility API Developer Guide“ für CallManager 4.1 wieder, mit deutschen Lösungen zu den häufigen Codes.",
        noteEN: "pcnetzwerke.de, 5 Feb 2007 (German), read in full. Reproduces the codes of the \"Cisco CallManager Extension Mobility API Developer Guide\" for CallManager 4.1, with German remedies for the frequent codes.")
    case "S14":
      return SourceReference(
        id: "S14", title: "Security Guide for Cisco Unified Communications Manager, Release 14 and SUs",
        url: "https://www.cisco.com/c/en/us/td/docs/voice_ip_comm/cucm/security/14SU2/cucm_b_security-guide-14su2/cucm_m_sip-oauth-mode-on-unified.html",
        release: "CUCM 14SU2",
        noteDE: "Kapitel zum SIP-OAuth-Modus; nur für den Menüpfad System > Security > Phone Security Profile mit dem Feld Device Security Mode gelesen.",
        noteEN: "SIP OAuth mode chapter; read only for the menu path System > Security > Phone Security Profile with its Device Security Mode field.")
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
        meaningDE: "Unbekannter Fehler: Der EMService ist aus unbekanntem Grund fehlgeschlagen.",
        meaningEN: "Unknown error: the EMService failed for an unknown reason.",
        causeDE: "Der EMService ist aus unbekanntem Grund fehlgeschlagen.",
        hintDE: "Cisco nennt keine konkrete Ursache. Tritt der Fehler bei EMCC-Anmeldungen auf, den Cisco-Bug CSCvn52593 („EMCC is failing with Login is Unavailable(0)“) prüfen.",
        hintEN: "Cisco names no specific cause. If it happens on EMCC logins, look at Cisco bug CSCvn52593 (\"EMCC is failing with Login is Unavailable(0)\").",
        briefDE: "Bei EMCC Cisco-Bug CSCvn52593 prüfen",
        briefEN: "For EMCC, check Cisco bug CSCvn52593",
        keywordsDE: ["unbekannter Fehler", "Bug"],
        keywordsEN: ["bug"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S10", "S11"],
        notesDE: ["Das TAC-Dokument 200599 (S10) führt den Bug CSCvn52593 „EMCC is failing with Login is Unavailable(0)“."],
        notesEN: ["TAC document 200599 (S10) lists the bug CSCvn52593 \"EMCC is failing with Login is Unavailable(0)\"."],
        userNoteCount: 0)
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
        meaningDE: "Die XML-Anfrage ließ sich nicht parsen: Sie entspricht nicht der DTD, oder Heimat- und Besuchscluster haben unpassende Versionen.",
        meaningEN: "The XML request could not be parsed: it does not match the DTD, or the home and visiting clusters run mismatched versions.",
        causeDE: "Der EMService kann die XML-Anfrage von EMApp oder EMService nicht parsen: Eine Drittanwendung schickt eine fehlerhafte Anfrage an die Login-XML-Schnittstelle (EM API), oder Heimat- und Besuchscluster haben unpassende Versionen.",
        hintDE: "Die XML-Anfrage gegen die DTD der EM API prüfen (Elemente, Reihenfolge, Schreibweise). EMCC mit Besuchscluster 12.x und Heimatcluster bis 11.5: loginType UID, SP oder DN in der EM-URL des Besuchsclusters scheitert; dort die Standard-URL ohne loginType verwenden.",
        hintEN: "Check the request XML against the EM API DTD (elements, order, spelling). EMCC with a visiting cluster on 12.x and a home cluster on 11.5 or earlier: a loginType of UID, SP or DN in the visiting cluster's EM URL fails; use the default URL without loginType.",
        briefDE: "XML gegen DTD prüfen; EMCC: URL ohne loginType",
        briefEN: "Check XML vs. DTD; EMCC: URL without loginType",
        keywordsDE: ["XML-Fehler", "fehlerhafte Anfrage", "Versionskonflikt", "Version"],
        keywordsEN: ["XML error", "malformed XML", "version mismatch"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S3", "S4", "S8", "S11"],
        notesDE: ["S2 (EMCC Login Result for Different Cluster Versions with loginType): Ist der Besuchscluster 12.0 und der Heimatcluster 11.5 oder älter, scheitert loginType UID, SP oder DN in der EM-URL des Besuchsclusters mit diesem Code; mit der Standard-URL gelingt die Anmeldung. S8: „If EMCC is configured between 12.x and any pre 12.x CUCM, the log in process only works with user id“.", "Häufig: S8 führt 1 unter den „Common error codes for EMCC log in issues“."],
        notesEN: ["S2 (EMCC Login Result for Different Cluster Versions with loginType): when the visiting cluster is 12.0 and the home cluster is 11.5 or below, a loginType of UID, SP or DN in the visiting cluster's EM URL fails with this code; with the default URL the login succeeds. S8: \"If EMCC is configured between 12.x and any pre 12.x CUCM, the log in process only works with user id\".", "Frequent: S8 lists 1 among the \"Common error codes for EMCC log in issues\"."],
        userNoteCount: 0)
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
        meaningDE: "Die Anmeldedaten wurden nicht akzeptiert: je nach Quelle leere Benutzer-ID oder PIN, falsche PIN bei EMCC oder appID/Passwort.",
        meaningEN: "The credentials were not accepted: per source, a blank user ID or PIN, a wrong PIN at EMCC login, or the appID/password.",
        causeDE: "EMCC-Authentifizierungsfehler: Die EMCC-Anmeldedaten lassen sich nicht authentifizieren, weil der Benutzer eine falsche PIN eingegeben hat.",
        hintDE: "EMCC: unter User Management > End User die PIN des Benutzers prüfen und bei Bedarf neu setzen. Benutzer-ID und PIN dürfen nicht leer sein. Bei EM-API-Aufrufen appID und Passwort prüfen.",
        hintEN: "EMCC: under User Management > End User, verify the user's PIN and reset it if needed. User ID and PIN must not be blank. For EM API calls, check the appID and password.",
        briefDE: "PIN prüfen; bei EM API appID/Passwort",
        briefEN: "Check the PIN; EM API: check appID/password",
        keywordsDE: ["falsche PIN", "PIN falsch", "Anmeldedaten", "Authentifizierung", "leer"],
        keywordsEN: ["wrong PIN", "invalid PIN", "credentials", "blank"],
        seeAlso: [202, 204],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S5", "S11"],
        notesDE: ["Die Quellen deuten Code 2 unterschiedlich: leere Benutzer-ID/PIN (S1), falsche EMCC-PIN (S2–S4), appID/Passwort (CallManager 4.1).", "Code 2 hat drei Bedeutungen: CallManager 4.1 „Authentication Error“ (appID/appPassword nicht bestätigt); S1 „Cannot authorize App user“ (leere UserID oder PIN); S2, S3 und S4 „EMCC Authentication Error“ (falsche PIN).", "Die PIN-Prüfung im Hinweis folgt S5 („go to the user pages and verify the PIN“); den Pfad User Management > End User nennt S2."],
        notesEN: ["Sources disagree on code 2: blank user ID/PIN (S1), wrong EMCC PIN (S2–S4), appID/password (CallManager 4.1).", "Code 2 has three meanings: CallManager 4.1 \"Authentication Error\" (appID/appPassword cannot be confirmed); S1 \"Cannot authorize App user\" (blank UserID or PIN); S2, S3 and S4 \"EMCC Authentication Error\" (incorrect PIN).", "The PIN check in the hint follows S5 (\"go to the user pages and verify the PIN\"); S2 gives the path User Management > End User."],
        userNoteCount: 1)
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
        meaningDE: "Die appID in der XML-Anfrage ist kein gültiger Benutzer, oder appID und Passwort stimmen nicht.",
        meaningEN: "The appID in the XML request is not a valid user, or the appID and password are wrong.",
        causeDE: "Ungültiger Anwendungsbenutzer; der Fehler entsteht häufig durch die EM API.",
        hintDE: "appID und Passwort im Element <appInfo> der XML-Anfrage prüfen (appID = Benutzername, appCertificate = Passwort): Die appID muss ein vorhandener Benutzer sein, das Passwort muss dazu passen. Damit authentifiziert sich die Anwendung, die die Anfrage schickt.",
        hintEN: "Check appID and password in the <appInfo> element of the XML request (appID = user name, appCertificate = password): the appID must be an existing user and the password must match. They authenticate the application that sends the request.",
        briefDE: "appID und Passwort in <appInfo> prüfen",
        briefEN: "Check appID and password in <appInfo>",
        keywordsDE: ["Anwendungsbenutzer", "Zugangsdaten"],
        keywordsEN: ["application user", "app user"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notesDE: ["S1 zeigt als Fehlerbeispiel für jede Operation <error code=\"3\">Could not authenticate 'appid'</error>; sein Beispiel unter „How It Works“ lautet <error code=\"3\">DB Query Error: Application Authentication Error: Could not authenticate\"</error> (das überzählige Anführungszeichen steht so in der Quelle)."],
        notesEN: ["S1's failure example for every operation is <error code=\"3\">Could not authenticate 'appid'</error>; its \"How It Works\" example reads <error code=\"3\">DB Query Error: Application Authentication Error: Could not authenticate\"</error> (the stray quote is in the source)."],
        userNoteCount: 0)
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
        meaningDE: "Die Anfrage verstößt gegen eine Richtlinie für den Benutzer, z. B. eine nicht erlaubte Mehrfachanmeldung, oder ließ sich nicht prüfen.",
        meaningEN: "The request breaks a policy set up for the user, e.g. a multiple login that is not allowed, or could not be validated.",
        causeDE: "Der EM Service kann die An- oder Abmeldeanfrage nicht prüfen: aus unbekanntem Grund, wegen eines Fehlers bei der Datenbankabfrage oder beim Lesen aus dem Cache.",
        hintDE: "Prüfen, ob der Benutzer schon an einem anderen Telefon angemeldet ist (Ciscos Beispiel: Mehrfachanmeldung nicht erlaubt). Laut Feature Configuration Guide kann auch ein Datenbank- oder Cache-Fehler dahinterstecken.",
        hintEN: "Check whether the user is already logged in on another phone (Cisco's example: multiple login not allowed). The Feature Configuration Guide also names a database or cache error as a cause.",
        briefDE: "Prüfen, ob Benutzer anderswo angemeldet ist",
        briefEN: "Check if the user is logged in elsewhere",
        keywordsDE: ["Richtlinie", "Policy"],
        keywordsEN: ["policy"],
        seeAlso: [25],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notesDE: ["Die Quellen beschreiben Code 4 unterschiedlich: S1 „Does not conform to the policy set up for the user. For example, multiple log in not allowed“; S2 ein unbekannter Grund, ein Fehler bei der Datenbankabfrage oder beim Lesen aus dem Cache; CallManager 4.1 „Some generic issue exists regarding determination whether the request is allowed“."],
        notesEN: ["The sources describe code 4 differently: S1 \"Does not conform to the policy set up for the user. For example, multiple log in not allowed\"; S2 an unknown reason, an error while querying the database, or an error while retrieving information from the cache; CallManager 4.1 \"Some generic issue exists regarding determination whether the request is allowed\"."],
        userNoteCount: 0)
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
        meaningDE: "Am Gerät ist Extension Mobility nicht aktiviert („Enable Extension Mobility“ nicht gesetzt).",
        meaningEN: "Extension Mobility is not enabled on the device (Enable Extension Mobility unchecked).",
        causeDE: "Ein Benutzer meldet sich an einem Gerät an, bei dem im Fenster Phone Configuration „Enable Extension Mobility“ nicht aktiviert ist.",
        hintDE: "Unter Device > Phone beim Telefon „Enable Extension Mobility“ aktivieren und speichern.",
        hintEN: "Under Device > Phone, check \"Enable Extension Mobility\" for the phone and save.",
        briefDE: "„Enable Extension Mobility“ am Telefon setzen",
        briefEN: "Check Enable Extension Mobility on the phone",
        keywordsDE: ["deaktiviert", "nicht aktiviert", "Geräteanmeldung"],
        keywordsEN: ["not enabled"],
        seeAlso: [22, 20],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S4", "S11"],
        notesDE: ["Die Codes 5 und 22 heißen beide „device logon disabled“: Laut S1 ist 5 „EM beim Abmelden nicht aktiviert“ und 22 „EM am Gerät nicht aktiviert“; laut S2 ist 5 eine Anmeldung an einem Gerät ohne „Enable Extension Mobility“. Die Telefon-Troubleshooting-Seiten (S5, S7) nennen nur 22. CallManager 4.1 nannte 5 „Request Denied“.", "S2 schreibt den Namen „Dev. logon disabled“; den Menüpfad Device > Phone nennt S2 beim Abonnieren der Geräte."],
        notesEN: ["Codes 5 and 22 are both \"device logon disabled\": S1 says 5 is EM not enabled at the time of log out and 22 EM not enabled on the device; S2 says 5 is a login to a device with Enable Extension Mobility unchecked. The phone troubleshooting pages (S5, S7) only mention 22. CallManager 4.1 called 5 \"Request Denied\".", "S2 spells the name \"Dev. logon disabled\"; S2 gives the menu path Device > Phone where devices are subscribed."],
        userNoteCount: 0)
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
        meaningDE: "Die Datenbank konnte die EM-Anfrage nicht verarbeiten (Exception bei einer Abfrage oder Stored Procedure).",
        meaningEN: "The database could not process the EM request (an exception in a query or stored procedure).",
        causeDE: "Die Datenbank meldet eine Exception, während sie die vom EM Service angeforderte Abfrage oder Stored Procedure ausführt (An-/Abmeldung oder Geräte-/Benutzerabfrage).",
        hintDE: "In RTMT prüfen, ob sehr viele Anfragen anstehen: Dann ist „Requests In Progress“ hoch, und „Requests Throttled“ steigt, wenn Anfragen abgewiesen werden, weil zu viele gleichzeitig laufen. Außerdem ausführliche Datenbank-Logs sammeln.",
        hintEN: "In RTMT, check for a large number of requests: \"Requests In Progress\" is then high, and \"Requests Throttled\" is high if requests are rejected for concurrency. Also collect detailed database logs.",
        briefDE: "RTMT-Zähler prüfen, DB-Logs sammeln",
        briefEN: "Check RTMT counters, collect DB logs",
        keywordsDE: ["Datenbankfehler", "DB-Fehler", "DB"],
        keywordsEN: ["DB error", "DB"],
        seeAlso: [26],
        isFrequent: true, sourceIDs: ["S1", "S2", "S3", "S7", "S5", "S6", "S11"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Bei der Anmeldung ließ sich die Auto-Logout-Dauer nicht setzen oder nach der Abmeldung das Gerät nicht aus der Auto-Logout-Liste entfernen.",
        meaningEN: "The auto-logout duration could not be set at login, or the device could not be removed from the auto-logout list after logout.",
        causeDE: nil,
        hintDE: nil,
        hintEN: nil,
        briefDE: nil,
        briefEN: nil,
        keywordsDE: ["automatische Abmeldung", "Auto-Logout"],
        keywordsEN: ["automatic logout"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S11"],
        notesDE: ["Nur in S1 (und CallManager 4.1); die Servicecode-Tabelle von S2 hat keinen Code 7. Keine Quelle nennt eine Abhilfe, daher kein Hinweis."],
        notesEN: ["Only in S1 (and CallManager 4.1); the S2 service table has no code 7. No source gives a fix, hence no hint."],
        userNoteCount: 0)
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
        meaningDE: "Der Abfragetyp in der XML-Anfrage wird nicht unterstützt.",
        meaningEN: "The query type in the XML request is not supported.",
        causeDE: "Der EMService hat keine gültige Abfrage erhalten (gültig sind DeviceUserQuery und UserDeviceQuery); Ursache ist die EM API oder eine fehlerhafte XML-Eingabe.",
        hintDE: "Im Element <query> einen unterstützten Abfragetyp senden: deviceUserQuery, userDevicesQuery, checkUser oder deviceProfileQuery (das Beispiel im API Guide schreibt userDeviceProfileQuery); auf exakte Schreibweise achten.",
        hintEN: "Send a supported query type inside <query>: deviceUserQuery, userDevicesQuery, checkUser or deviceProfileQuery (the API guide's example writes userDeviceProfileQuery); spell it exactly.",
        briefDE: "Unterstützten Abfragetyp in <query> senden",
        briefEN: "Send a supported query type in <query>",
        keywordsDE: ["Abfragetyp", "Query-Typ", "unbekannte Abfrage"],
        keywordsEN: ["unknown query", "unsupported query"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S9", "S11"],
        notesDE: ["S1 widerspricht sich: Seine Query-DTD nennt deviceProfileQuery, seine Beispielanfrage verwendet <userDeviceProfileQuery>.", "S2 nennt als gültige Abfragen „DeviceUserQuery and UserDeviceQuery“; die Query-DTD von S1 nennt vier: deviceUserQuery, userDevicesQuery, checkUser und deviceProfileQuery. In den CUCM-12.0-Logs von S9 schickt die EMApp selbst eine <checkUser>-Abfrage."],
        notesEN: ["S1 contradicts itself: its query DTD names deviceProfileQuery, but its example request uses <userDeviceProfileQuery>.", "S2 names the valid queries \"DeviceUserQuery and UserDeviceQuery\"; S1's query DTD lists four: deviceUserQuery, userDevicesQuery, checkUser and deviceProfileQuery. In S9's CUCM 12.0 logs EMApp itself sends a <checkUser> query."],
        userNoteCount: 0)
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
        meaningDE: "Der Benutzer ließ sich nicht authentifizieren, oder seine Daten konnten weder aus dem Cache noch aus der Datenbank gelesen werden.",
        meaningEN: "The user could not be authenticated, or the user's data could not be read from the cache or the database.",
        causeDE: "IMS meldet beim Authentifizieren des Benutzers eine Exception, oder die Benutzerdaten lassen sich weder aus dem Cache noch aus der Datenbank lesen.",
        hintDE: "Benutzer-ID und PIN prüfen; wo ein Verzeichnis angebunden ist, auch die Verzeichnisintegration (CallManager 4.1 beschrieb den Fehler als „Directory integration error occurred“).",
        hintEN: "Check user ID and PIN; where a directory is integrated, also check the directory integration (CallManager 4.1 described the error as \"Directory integration error occurred\").",
        briefDE: "Benutzer-ID, PIN und Verzeichnis prüfen",
        briefEN: "Check user ID, PIN and directory",
        keywordsDE: ["Authentifizierung", "Verzeichnisdienst"],
        keywordsEN: ["authentication failed"],
        seeAlso: [204, 205],
        isFrequent: false, sourceIDs: ["S1", "S2", "S3", "S11"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Der als appID verwendete Benutzer hat keine Proxy-Rechte, darf also keine anderen Benutzer an- oder abmelden.",
        meaningEN: "The user used as appID has no proxy rights, so it may not log other users in or out.",
        causeDE: "Der Benutzer versucht, sich im Namen eines anderen Benutzers anzumelden. Standardmäßig hat ein CCMSysUser Administratorrechte.",
        hintDE: "Den als appID verwendeten Benutzer in die Gruppe „Standard EM Authentication Proxy Rights“ aufnehmen (CallManager 4.1: beim Benutzer unter Anschlussmobilität „Authentication Proxy Right“ aktivieren). Ohne dieses Recht kann ein Endbenutzer die EM API nur für seine eigenen Geräteprofile nutzen.",
        hintEN: "Add the user used as appID to the \"Standard EM Authentication Proxy Rights\" group (CallManager 4.1: enable \"Authentication Proxy Right\" under Extension Mobility for that user). Without it, an end user can use the EM API only on their own device profiles.",
        briefDE: "Proxy-Rechte für den appID-Benutzer vergeben",
        briefEN: "Give the appID user EM proxy rights",
        keywordsDE: ["Proxy-Rechte", "Berechtigung", "Rechte", "Benutzergruppe"],
        keywordsEN: ["permission", "rights", "user group"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S9", "S11"],
        notesDE: ["In den Logs von S9 schickt die EMApp ihre Abfragen mit der appID CCMSysUser."],
        notesEN: ["In S9's logs EMApp sends its queries with the appID CCMSysUser."],
        userNoteCount: 0)
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
        meaningDE: "Das Gerät, an dem an- oder abgemeldet werden soll, existiert im CUCM nicht.",
        meaningEN: "The device to log in or out does not exist in CUCM.",
        causeDE: "Für das Telefon fehlt der Eintrag in der Gerätetabelle.",
        hintDE: "Den Gerätenamen prüfen, z. B. auf einen Tippfehler in der MAC-Adresse: Er muss genau so lauten wie das Telefon im CUCM (SEP und MAC-Adresse, z. B. SEP003094C25B15).",
        hintEN: "Check the device name, e.g. for a typo in the MAC address: it must match the phone in CUCM exactly (SEP plus the MAC address, e.g. SEP003094C25B15).",
        briefDE: "Gerätenamen (SEP + MAC-Adresse) prüfen",
        briefEN: "Check the device name (SEP + MAC address)",
        keywordsDE: ["Gerät", "nicht gefunden", "unbekanntes Gerät", "Gerätename"],
        keywordsEN: ["device not found", "unknown device", "typo"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notesDE: ["S2 schreibt den Namen „Device Does not exist“."],
        notesEN: ["S2 spells the name \"Device Does not exist\"."],
        userNoteCount: 0)
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
        meaningDE: "Das angegebene Geräteprofil gibt es nicht, oder dem Benutzer fehlt ein zugeordnetes Geräteprofil.",
        meaningEN: "The device profile given does not exist, or no device profile is associated with the user.",
        causeDE: "Dem entfernten Benutzer ist kein Geräteprofil zugeordnet.",
        hintDE: "Unter User Management > End User im Bereich Extension Mobility dem Benutzer ein Geräteprofil zuordnen (Controlled Profiles) und eines als Standard markieren, oder in der Anmeldeanfrage ein vorhandenes Profil in <deviceProfile> angeben.",
        hintEN: "Under User Management > End User, Extension Mobility pane, associate a device profile with the user (Controlled Profiles) and mark one as default, or name an existing profile in <deviceProfile> of the login request.",
        briefDE: "Dem Benutzer ein Geräteprofil zuordnen",
        briefEN: "Associate a device profile with the user",
        keywordsDE: ["Profil", "kein Profil", "Standardprofil", "Anschlussmobilität"],
        keywordsEN: ["profile missing", "no profile", "default profile"],
        seeAlso: [205],
        isFrequent: true, sourceIDs: ["S1", "S2", "S5", "S11"],
        notesDE: ["Als Telefonanzeige für 12 gibt S2 „Phone record entry is absent in the device table“ an, den Ursachentext von Code 11; vermutlich zeigt das Telefon Login is unavailable(12), was keine Quelle bestätigt.", "Den Menüpfad User Management > End User mit Controlled Profiles nennt S5; „als Standard markieren“ stammt aus S11 (CallManager 4.1: „Anschlussmobilität beim User“, „Standardprofil“)."],
        notesEN: ["The phone display S2 gives for 12, \"Phone record entry is absent in the device table\", is the reason text of code 11; the phone probably shows Login is unavailable(12), which no source confirms.", "S5 gives the menu path User Management > End User with Controlled Profiles; \"mark one as default\" comes from S11 (CallManager 4.1: \"Anschlussmobilität\" at the user, \"Standardprofil\")."],
        userNoteCount: 0)
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
        meaningDE: "An dem Telefon ist bereits ein anderer Benutzer angemeldet.",
        meaningEN: "Another user is already logged in on the phone.",
        causeDE: "Ein anderer Benutzer ist bereits am Telefon angemeldet.",
        hintDE: "Den angemeldeten Benutzer zuerst abmelden, dann erneut anmelden.",
        hintEN: "Log the current user out first, then log in again.",
        briefDE: "Angemeldeten Benutzer zuerst abmelden",
        briefEN: "Log the current user out first",
        keywordsDE: ["schon angemeldet", "belegt"],
        keywordsEN: ["already logged in"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S11"],
        notesDE: ["Die deutsche Seite (S11) druckt den Code als „1818“, ein Tippfehler für 18."],
        notesEN: ["The German page (S11) prints the code as \"1818\", a typing slip for 18."],
        userNoteCount: 0)
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
        meaningDE: "Abmeldung an einem Gerät, an dem niemand angemeldet ist.",
        meaningEN: "Logout on a device where nobody is logged in.",
        causeDE: "Es wird versucht, einen Benutzer abzumelden, der nicht angemeldet ist; das passiert bei Abmeldeanfragen aus Drittanwendungen (EM API).",
        hintDE: "Auf dem Gerät ist niemand angemeldet, es gibt nichts abzumelden. Eine EM-API-Anwendung kann das vorher mit einer deviceUserQuery prüfen.",
        hintEN: "Nobody is logged in on that device, so there is nothing to log out. An EM API client can check first with a deviceUserQuery.",
        briefDE: "Vorher per deviceUserQuery prüfen",
        briefEN: "Check first with a deviceUserQuery",
        keywordsDE: ["nicht angemeldet", "Abmeldung"],
        keywordsEN: ["not logged in", "logout"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S9", "S11"],
        notesDE: ["Für ein Gerät ohne angemeldeten Benutzer liefert die deviceUserQuery <none/> (Beispiel in S1, echte CUCM-12.0-Logs in S9)."],
        notesEN: ["For a device without a logged-in user, deviceUserQuery returns <none/> (example in S1, real CUCM 12.0 logs in S9)."],
        userNoteCount: 0)
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
        meaningDE: "Der EM-Status des Geräts ließ sich nicht aus der Datenbank lesen (S1), oder „Enable Extension Mobility“ ist nicht gesetzt (S2).",
        meaningEN: "The device's EM status could not be read from the database (S1), or Enable Extension Mobility is unchecked (S2).",
        causeDE: "Im Fenster Phone Configuration ist „Enable Extension Mobility“ nicht aktiviert.",
        hintDE: "Unter Device > Phone prüfen, ob „Enable Extension Mobility“ aktiviert ist. Ist es aktiviert, ließ sich der Wert nicht aus der Datenbank lesen: die Datenbank prüfen.",
        hintEN: "Under Device > Phone, check that \"Enable Extension Mobility\" is checked. If it is, the flag could not be read from the database: look at the database.",
        briefDE: "„Enable Extension Mobility“ am Telefon prüfen",
        briefEN: "Check Enable Extension Mobility on the phone",
        keywordsDE: ["deaktiviert", "nicht aktiviert", "DB-Fehler", "DB"],
        keywordsEN: ["not enabled", "DB"],
        seeAlso: [5, 22],
        isFrequent: false, sourceIDs: ["S1", "S2", "S11"],
        notesDE: ["S1 nennt 20 einen Datenbankfehler beim Lesen des EM-Status „Enabled“; S2 sagt, „Enable Extension Mobility“ sei nicht aktiviert."],
        notesEN: ["S1 calls 20 a database error while reading the EM \"Enabled\" flag; S2 says Enable Extension Mobility is unchecked."],
        userNoteCount: 0)
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
        meaningDE: "Der Anmeldestatus des Geräts ließ sich weder aus dem Cache noch aus der Datenbank lesen.",
        meaningEN: "The device's login status could not be read from the local cache or the database.",
        causeDE: "Der aktuelle Benutzerstatus ließ sich weder aus dem lokalen Cache noch aus der Datenbank abrufen.",
        hintDE: nil,
        hintEN: nil,
        briefDE: nil,
        briefEN: nil,
        keywordsDE: ["Anmeldestatus", "DB-Fehler", "DB"],
        keywordsEN: ["login status", "DB"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S11"],
        notesDE: ["S1 und S2 nennen keine Abhilfe, daher kein Hinweis."],
        notesEN: ["S1 and S2 give no fix, hence no hint."],
        userNoteCount: 0)
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
        meaningDE: "Am Gerät ist Extension Mobility nicht aktiviert; die Anfrage kam über die EM API oder die Services-Taste.",
        meaningEN: "Extension Mobility is not enabled on the device; the request came via the EM API or the Services button.",
        causeDE: "EM ist am Gerät nicht aktiviert, und die Anfrage kommt über die EM API oder durch Drücken der Services-Taste am Telefon.",
        hintDE: "Ein Klassiker: Unter Device > Phone beim Telefon „Enable Extension Mobility“ aktivieren und speichern. In CallManager 4.1 erschien diese Option erst, nachdem das Telefon mit „Insert“ angelegt war.",
        hintEN: "A classic: under Device > Phone, check \"Enable Extension Mobility\" for the phone and save. In CallManager 4.1 the option appeared only after the phone had been added with Insert.",
        briefDE: "„Enable Extension Mobility“ am Telefon setzen",
        briefEN: "Check Enable Extension Mobility on the phone",
        keywordsDE: ["deaktiviert", "nicht aktiviert", "Geräteanmeldung"],
        keywordsEN: ["not enabled"],
        seeAlso: [5, 20],
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6", "S11"],
        notesDE: ["Die Codes 5 und 22 heißen beide „device logon disabled“; siehe Code 5. S2 schreibt den Namen „Dev. logon disabled“."],
        notesEN: ["Codes 5 and 22 are both \"device logon disabled\"; see code 5. S2 spells the name \"Dev. logon disabled\"."],
        userNoteCount: 0)
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
        meaningDE: "Die eingegebene Benutzer-ID gibt es im CUCM nicht; mit loginType auch: Self-Service-ID (SP) oder Primärdurchwahl (DN) nicht gefunden.",
        meaningEN: "The user ID entered does not exist in CUCM; with loginType also: self-service ID (SP) or primary extension (DN) not found.",
        causeDE: "Der Benutzer existiert nicht: Die angegebene Benutzer-ID wurde nicht gefunden (auch in keinem der entfernten Cluster). Mit einer loginType-URL tritt der Fehler auch auf, wenn User ID (UID), Self-Service User ID (SP) oder Primary Extension (DN) nicht gefunden werden.",
        hintDE: "Die Benutzer-ID auf Tippfehler prüfen und sicherstellen, dass der Benutzer im CUCM existiert. Bei Anmeldung per loginType die Self-Service-ID (SP) bzw. die Primärdurchwahl (DN) prüfen; ohne gesetzte Primärdurchwahl scheitert die Anmeldung mit 23.",
        hintEN: "Check the user ID for typos and make sure the user exists in CUCM. For logins by loginType, check the self-service ID (SP) or primary extension (DN); without a primary extension set, the login fails with 23.",
        briefDE: "Benutzer-ID (bzw. SP/DN) prüfen",
        briefEN: "Check the user ID (or SP/DN)",
        keywordsDE: ["nicht gefunden", "unbekannt", "Benutzer unbekannt", "existiert nicht", "Benutzername"],
        keywordsEN: ["user unknown", "unknown user", "typo", "username"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S8", "S11"],
        notesDE: ["Ein Telefon mit „(23)“ kann auch den EMCC-Servicecode 40 meinen, den S2 als „Please try to login again (23)“ anzeigt.", "S2 nennt den Code „User does not exist“; S8 druckt die Anzeige als „Login is unavailable(23)“ / „Logout is unavailable(23)“. Den Fall ohne gesetzte Primärdurchwahl beschreibt S8; „Tippfehler bei der userID“ ist die Lösung aus S11."],
        notesEN: ["A phone showing \"(23)\" may also mean EMCC service code 40, which S2 says is displayed as \"Please try to login again (23)\".", "S2 names it \"User does not exist\"; S8 prints the display as \"Login is unavailable(23)\" / \"Logout is unavailable(23)\". S8 describes the case without a primary DN set; \"Tippfehler bei der userID\" (typo in the user ID) is S11's remedy."],
        userNoteCount: 0)
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
        meaningDE: "Der Benutzer ist bereits an einem anderen Telefon angemeldet (lokal oder in einem anderen Cluster); Mehrfachanmeldung ist nicht erlaubt.",
        meaningEN: "The user is already logged in on another phone (local or remote cluster), and multiple logins are not allowed.",
        causeDE: "Der Benutzer ist gerade an einem anderen Telefon angemeldet, im lokalen oder in einem entfernten Cluster.",
        hintDE: "Am anderen Telefon abmelden oder unter System > Service Parameters (Cisco Extension Mobility) „Multiple Login Behavior“ auf „Multiple Logins Allowed“ oder „Auto Logout“ (meldet am ersten Gerät ab) stellen; Standard ist „Multiple Logins Not Allowed“.",
        hintEN: "Log the user out on the other phone. Otherwise change Multiple Login Behavior under System > Service Parameters (Cisco Extension Mobility): Multiple Logins Allowed, or Auto Logout (logs out of the first device); default: Multiple Logins Not Allowed.",
        briefDE: "Abmelden oder Multiple Login Behavior ändern",
        briefEN: "Log out there or change Multiple Login Behavior",
        keywordsDE: ["Mehrfachanmeldung", "Multi-Login", "mehrfach angemeldet", "Doppelanmeldung", "anderswo angemeldet"],
        keywordsEN: ["multiple login", "multi-login", "logged in elsewhere"],
        seeAlso: [],
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6", "S10", "S11"],
        notesDE: ["EMCC: Laut S5 (12.5) gilt Multiple Login Behavior auch für EMCC; laut S10 (9.x) erlaubt EMCC Mehrfachanmeldungen immer.", "Die Anzeige unterscheidet sich je nach Dokument: „Multi-Login Not Allowed (25)“ (S2, S5), „[25]-User logged in elsewhe..“ (S7), „Error 25 User Logged in Elsewhere“ (S5, S6), vermutlich je nach Telefonmodell, Firmware oder Release.", "Die deutsche Seite (S11) druckt „the0 login“, ein Tippfehler für „the login“. Den Wert Auto Logout und den Pfad System > Service Parameters nennt S5."],
        notesEN: ["EMCC: S5 (12.5) says Multiple Login Behavior also applies to EMCC; S10 (9.x) says EMCC always allows multiple logins.", "The display differs between documents: \"Multi-Login Not Allowed (25)\" (S2, S5), \"[25]-User logged in elsewhe..\" (S7), \"Error 25 User Logged in Elsewhere\" (S5, S6), probably by phone model, firmware or release.", "The German page (S11) prints \"the0 login\", a slip for \"the login\". S5 gives the value Auto Logout and the path System > Service Parameters."],
        userNoteCount: 1)
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
        meaningDE: "Der EMService bearbeitet schon so viele An- und Abmeldungen, wie der Service-Parameter Maximum Concurrent Requests erlaubt.",
        meaningEN: "The EMService is already handling as many logins and logouts as the Maximum Concurrent Requests service parameter allows.",
        causeDE: "Der EMService hat den Schwellwert des Service-Parameters Maximum Concurrent Requests erreicht.",
        hintDE: "Zu viele gleichzeitige An- und Abmeldungen: in RTMT (Objekt Extension Mobility) „Requests In Progress“ mit dem Service-Parameter Maximum Concurrent Requests (System > Service Parameters) vergleichen und weniger Anfragen gleichzeitig schicken. Später erneut versuchen.",
        hintEN: "Too many concurrent logins and logouts: compare the RTMT counter \"Requests In Progress\" (Extension Mobility object) with the Maximum Concurrent Requests service parameter (System > Service Parameters) and send fewer requests at once. Try again later.",
        briefDE: "Weniger Anfragen gleichzeitig, später erneut",
        briefEN: "Send fewer requests at once, retry later",
        keywordsDE: ["besetzt", "ausgelastet", "zu viele Anfragen", "gleichzeitig"],
        keywordsEN: ["too many requests", "concurrent"],
        seeAlso: [6],
        isFrequent: true, sourceIDs: ["S1", "S2", "S7", "S5", "S6"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Das Passwort muss geändert werden: bei der ersten Verwendung oder weil es abgelaufen ist.",
        meaningEN: "The password must be changed: on first use, or because it has expired.",
        causeDE: nil,
        hintDE: "Das Passwort unter User Management > End User ändern (bzw. vom Benutzer ändern lassen), dann erneut anmelden.",
        hintEN: "Change the password under User Management > End User (or have the user change it), then log in again.",
        briefDE: "Passwort unter End User ändern",
        briefEN: "Change the password under End User",
        keywordsDE: ["Kennwort", "Passwort abgelaufen", "abgelaufen", "Erstanmeldung", "Passwortänderung"],
        keywordsEN: ["expired", "password expired", "first login"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S5"],
        notesDE: ["Nur in S1; S2 hat keinen Code 27. Dessen EMCC-Code 41 („PIN change is required“) betrifft eine PIN; keine Quelle setzt 27 und 41 in Beziehung.", "S1 sagt „User page in Unified CM Administration“; den Menüpfad User Management > End User nennt S5 (S5 ist nur dafür zitiert)."],
        notesEN: ["Only in S1; S2 has no 27. S2's EMCC code 41 (\"PIN change is required\") concerns a PIN; no source relates 27 and 41.", "S1 says \"User page in Unified CM Administration\"; S5 gives the menu path User Management > End User (S5 is cited for that only)."],
        userNoteCount: 0)
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
        meaningDE: "An- oder Abmeldung von einer nicht vertrauenswürdigen IP-Adresse.",
        meaningEN: "Login or logout from an untrusted IP address.",
        causeDE: "Der Service-Parameter Validate IP Address steht auf True, und die Anfrage kommt von einem Rechner, dessen IP-Adresse nicht im Service-Parameter Trusted List of IPs steht (z. B. eine Drittanwendung oder die EM API).",
        hintDE: "Unter System > Service Parameters (Cisco Extension Mobility) die IP-Adresse des anfragenden Systems in Trusted List of IPs aufnehmen oder, wenn keine Prüfung gewollt ist, Validate IP Address auf False stellen.",
        hintEN: "Under System > Service Parameters (Cisco Extension Mobility), add the requesting system's IP address to Trusted List of IPs or, if no check is wanted, set Validate IP Address to False.",
        briefDE: "IP in Trusted List of IPs aufnehmen",
        briefEN: "Add the IP to Trusted List of IPs",
        keywordsDE: ["vertrauenswürdig", "IP", "IP-Adresse"],
        keywordsEN: ["IP", "trusted"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S5"],
        notesDE: ["Den Pfad System > Service Parameters und die Parameter Validate IP Address und Trusted List of IPs nennt S5."],
        notesEN: ["S5 gives the path System > Service Parameters and the parameters Validate IP Address and Trusted List of IPs."],
        userNoteCount: 0)
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
        meaningDE: "Der EMService erreicht den RIS Data Collector nicht: dessen Cache ist nicht angelegt, oder der Dienst ist ausgefallen.",
        meaningEN: "The EMService cannot reach the RIS Data Collector: its cache is not created, or the service is down.",
        causeDE: "Der Cache des Real-Time Information Server Data Collector (RISDC) ist nicht angelegt oder nicht initialisiert, und der EMService kann keine Verbindung zum RISDC aufbauen.",
        hintDE: "Den Dienst RIS Data Collector in Cisco Unified Serviceability (Tools > Control Center) starten bzw. neu starten; bis der EMService ihn erreicht, scheitern An- und Abmeldungen.",
        hintEN: "Start or restart the RIS Data Collector service in Cisco Unified Serviceability (Tools > Control Center); logins and logouts fail until the EMService can reach it.",
        briefDE: "Dienst RIS Data Collector (neu) starten",
        briefEN: "Start or restart RIS Data Collector",
        keywordsDE: ["ausgefallen", "nicht erreichbar", "Real-Time Information Server"],
        keywordsEN: ["service down", "unreachable"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S7"],
        notesDE: ["S2 schreibt den Namen „ris down-contact admin“.", "S1 und S2 sagen nicht, wo der Dienst gestartet wird. S7 steuert die EM-Dienste in Cisco Unified Serviceability > Tools > Control Center (Feature bzw. Network Services); unter welcher dieser Seiten der RIS Data Collector steht, ist nicht geprüft."],
        notesEN: ["S2 spells the name \"ris down-contact admin\".", "S1 and S2 do not say where to start the service. S7 controls the EM services in Cisco Unified Serviceability > Tools > Control Center (Feature or Network Services); which of these pages lists RIS Data Collector was not verified."],
        userNoteCount: 0)
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
        meaningDE: "An- oder Abmeldung über einen Proxy ist nicht erlaubt.",
        meaningEN: "Login or logout through a proxy server is not allowed.",
        causeDE: "An- und Abmeldung laufen über einen Proxy („Via“ im HTTP-Header gesetzt), und der Service-Parameter Allow Proxy steht auf False.",
        hintDE: "Die Anfrage ohne Proxy senden (kein „Via“-Header) oder unter System > Service Parameters (Cisco Extension Mobility) Allow Proxy auf True stellen.",
        hintEN: "Send the request without a proxy (no \"Via\" header) or set Allow Proxy to True under System > Service Parameters (Cisco Extension Mobility).",
        briefDE: "Ohne Proxy senden oder Allow Proxy = True",
        briefEN: "Bypass the proxy or set Allow Proxy to True",
        keywordsDE: ["Proxy", "Via-Header", "Header"],
        keywordsEN: ["proxy"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S1", "S2", "S5"],
        notesDE: ["Den Pfad System > Service Parameters nennt S5."],
        notesEN: ["S5 gives the path System > Service Parameters."],
        userNoteCount: 0)
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
        meaningDE: "Für den Benutzer ist EMCC im Heimatcluster nicht aktiviert.",
        meaningEN: "EMCC is not enabled for the user in the home cluster.",
        causeDE: nil,
        hintDE: "Im Heimatcluster unter User Management > End User im Bereich Extension Mobility „Enable Extension Mobility Cross Cluster“ aktivieren.",
        hintEN: "In the home cluster, under User Management > End User, Extension Mobility pane, check \"Enable Extension Mobility Cross Cluster\".",
        briefDE: "EMCC beim Endbenutzer aktivieren",
        briefEN: "Enable EMCC for the end user",
        keywordsDE: ["EMCC deaktiviert", "nicht aktiviert"],
        keywordsEN: ["not enabled", "disabled"],
        seeAlso: [38],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Das Telefonmodell unterstützt kein EMCC.",
        meaningEN: "The phone model does not support EMCC.",
        causeDE: nil,
        hintDE: "In Cisco Unified Reporting unter System Reports > Unified CM Phone Feature List nachsehen, welche Modelle EMCC unterstützen, und für Cross-Cluster-Anmeldungen ein solches verwenden.",
        hintEN: "Look up the EMCC-capable models in Cisco Unified Reporting (System Reports > Unified CM Phone Feature List) and use one of them for cross-cluster logins.",
        briefDE: "EMCC-fähiges Telefonmodell verwenden",
        briefEN: "Use an EMCC-capable phone model",
        keywordsDE: ["Telefonmodell", "nicht unterstützt", "Modell"],
        keywordsEN: ["unsupported", "phone model"],
        seeAlso: [213],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Anwendungscode 213 hat denselben Namen, „Device does not support EMCC“. Die Phone Feature List nennt S2 als ersten Schritt der EMCC-Konfiguration."],
        notesEN: ["Application code 213 has the same name, \"Device does not support EMCC\". S2 names the Phone Feature List as the first step of the EMCC configuration."],
        userNoteCount: 0)
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
        meaningDE: "Alle EMCC-Dummy-Geräte sind durch andere EMCC-Anmeldungen belegt.",
        meaningEN: "All EMCC dummy devices are in use by other EMCC logins.",
        causeDE: nil,
        hintDE: "Weitere EMCC-Geräte anlegen: Bulk Administration > EMCC > Insert/Update EMCC, „Insert EMCC Devices“, Anzahl in „Number of EMCC Devices to be added“ eintragen, „Run Immediately“. Sonst gelingt die Anmeldung erst, wenn ein Gerät frei wird.",
        hintEN: "Add EMCC devices: Bulk Administration > EMCC > Insert/Update EMCC, Insert EMCC Devices, enter the count in Number of EMCC Devices to be added, Run Immediately. Otherwise a login works only once a device is free.",
        briefDE: "Weitere EMCC-Geräte per BAT anlegen",
        briefEN: "Add EMCC devices (Bulk Administration)",
        keywordsDE: ["Dummy-Gerät", "keine freien Geräte", "belegt", "EMCC-Geräte"],
        keywordsEN: ["no free device", "all in use"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Die Schritte zum Anlegen der EMCC-Geräte stehen in S2 (Add Extension Mobility Cross Cluster Devices)."],
        notesEN: ["S2 gives the steps to add the EMCC devices (Add Extension Mobility Cross Cluster Devices)."],
        userNoteCount: 0)
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
        meaningDE: "Der Heimatcluster hat keinen Eintrag für diesen Besuchscluster.",
        meaningEN: "The home cluster has no entry for this visiting cluster.",
        causeDE: nil,
        hintDE: "Im Heimatcluster den Besuchscluster als Remote-Cluster eintragen: Advanced Features > Cluster View (in manchen Cisco-Dokumenten: Advanced Features > EMCC > EMCC Remote Cluster).",
        hintEN: "In the home cluster, add the visiting cluster as a remote cluster: Advanced Features > Cluster View (some Cisco documents: Advanced Features > EMCC > EMCC Remote Cluster).",
        briefDE: "Besuchscluster im Heimatcluster eintragen",
        briefEN: "Add the visiting cluster in the home cluster",
        keywordsDE: ["Remote-Cluster", "Cluster fehlt", "Besuchscluster"],
        keywordsEN: ["remote cluster", "missing cluster"],
        seeAlso: [36],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Die Einrichtungsschritte von S2 (Configure Remote Cluster Services) verwenden Advanced Features > Cluster View; ihr Abschnitt zu den Einschränkungen und S4 nennen noch Advanced Features > EMCC > EMCC Remote Cluster. In welchem Release das Menü umbenannt wurde, ist nicht geprüft."],
        notesEN: ["S2's setup steps (Configure Remote Cluster Services) use Advanced Features > Cluster View; its restrictions section and S4 still name Advanced Features > EMCC > EMCC Remote Cluster. Which release renamed the menu was not verified."],
        userNoteCount: 0)
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
        meaningDE: "Es ist noch kein Remote-Cluster angelegt.",
        meaningEN: "No remote cluster has been added yet.",
        causeDE: nil,
        hintDE: "Einen Remote-Cluster anlegen: Advanced Features > Cluster View (in manchen Cisco-Dokumenten: Advanced Features > EMCC > EMCC Remote Cluster).",
        hintEN: "Add a remote cluster: Advanced Features > Cluster View (some Cisco documents: Advanced Features > EMCC > EMCC Remote Cluster).",
        briefDE: "Remote-Cluster anlegen (Cluster View)",
        briefEN: "Add a remote cluster (Cluster View)",
        keywordsDE: ["Remote-Cluster", "Cluster fehlt"],
        keywordsEN: ["remote cluster", "missing cluster"],
        seeAlso: [35],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Die Einrichtungsschritte von S2 verwenden Advanced Features > Cluster View; der ältere Pfad Advanced Features > EMCC > EMCC Remote Cluster steht noch in S2s Abschnitt zu den Einschränkungen."],
        notesEN: ["S2's setup steps use Advanced Features > Cluster View; the older path Advanced Features > EMCC > EMCC Remote Cluster still appears in S2's restrictions section."],
        userNoteCount: 0)
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
        meaningDE: "Derselbe Gerätename existiert im Heimat- und im Besuchscluster.",
        meaningEN: "The same device name exists in both the home and the visiting cluster.",
        causeDE: nil,
        hintDE: "Das doppelte Telefon (gleicher Gerätename) aus einem der beiden Cluster entfernen: Ein Gerät darf nur in einem Cluster konfiguriert sein. Auf Clustern mit EMCC die Autoregistrierung abschalten, damit nach einer EMCC-Abmeldung kein neues Gerät im Heimatcluster entsteht.",
        hintEN: "Remove the duplicate phone (same device name) from one of the two clusters: a device may be configured in one cluster only. On clusters with EMCC, disable auto-registration so that no new device is created in the home cluster after EMCC logout.",
        briefDE: "Doppeltes Gerät aus einem Cluster löschen",
        briefEN: "Delete the duplicate device in one cluster",
        keywordsDE: ["Autoregistrierung", "automatische Registrierung", "doppelter Gerätename", "doppelt", "Duplikat"],
        keywordsEN: ["auto-registration", "autoregistration", "duplicate"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2", "S4"],
        notesDE: ["S4 (und S2 in den Einschränkungen): „you cannot configure the same phone (device name) in two clusters. Otherwise, login fails due to the duplicate device error (37)“; daher auf Clustern mit EMCC die Autoregistrierung abschalten."],
        notesEN: ["S4 (and S2 in its restrictions): \"you cannot configure the same phone (device name) in two clusters. Otherwise, login fails due to the duplicate device error (37)\"; hence disable auto-registration on clusters deployed with EMCC."],
        userNoteCount: 0)
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
        meaningDE: "Der Heimatcluster erlaubt keine EMCC-Anmeldung („Enable Extension Mobility Cross Cluster“ dort nicht gesetzt).",
        meaningEN: "The home cluster does not allow EMCC login (Enable Extension Mobility Cross Cluster not checked there).",
        causeDE: nil,
        hintDE: "Im Heimatcluster unter User Management > End User im Bereich Extension Mobility „Enable Extension Mobility Cross Cluster“ aktivieren.",
        hintEN: "In the home cluster, under User Management > End User, Extension Mobility pane, check \"Enable Extension Mobility Cross Cluster\".",
        briefDE: "EMCC beim Endbenutzer aktivieren",
        briefEN: "Enable EMCC for the end user",
        keywordsDE: ["EMCC deaktiviert", "nicht erlaubt"],
        keywordsEN: ["not allowed", "disabled"],
        seeAlso: [31],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["S2 sagt nur „in the home cluster“; das Kontrollkästchen „Enable Extension Mobility Cross Cluster“ steht laut S2 beim Endbenutzer (Enable Extension Mobility Cross Cluster for a User)."],
        notesEN: ["S2 only says \"in the home cluster\"; per S2 the \"Enable Extension Mobility Cross Cluster\" check box is on the end user (Enable Extension Mobility Cross Cluster for a User)."],
        userNoteCount: 0)
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
        meaningDE: "Default bzw. Backup TFTP Server für EMCC-Anmeldegeräte sind in der EMCC Feature Configuration falsch gesetzt.",
        meaningEN: "The default or backup TFTP server for EMCC login devices is not set properly in the EMCC Feature Configuration.",
        causeDE: nil,
        hintDE: "Unter Advanced Features > EMCC > EMCC Feature Configuration die Felder „Default TFTP Server for EMCC Login Device“ und „Backup TFTP Server for EMCC Login Device“ richtig setzen.",
        hintEN: "Under Advanced Features > EMCC > EMCC Feature Configuration, set \"Default TFTP Server for EMCC Login Device\" and \"Backup TFTP Server for EMCC Login Device\" correctly.",
        briefDE: "TFTP-Server in EMCC Feature Config setzen",
        briefEN: "Set the TFTP servers in EMCC Feature Config",
        keywordsDE: ["Konfigurationsfehler", "TFTP-Server"],
        keywordsEN: ["configuration"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Das Telefon zeigt (201), nicht (39): „Please try to login again (201)“ kann Anwendungscode 201 oder die Servicecodes 39 und 44 bedeuten."],
        notesEN: ["The phone shows (201), not (39): \"Please try to login again (201)\" can mean application code 201 or service codes 39 and 44."],
        userNoteCount: 0)
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
        meaningDE: "Der entfernte Host (Cluster) hat nicht geantwortet.",
        meaningEN: "No response was received from the remote host (cluster).",
        causeDE: nil,
        hintDE: "Prüfen, ob der entfernte Cluster läuft und über das Netz erreichbar ist.",
        hintEN: "Check that the remote cluster is up and reachable over the network.",
        briefDE: "Erreichbarkeit des Remote-Clusters prüfen",
        briefEN: "Check the remote cluster is reachable",
        keywordsDE: ["Timeout", "Zeitüberschreitung", "keine Antwort", "nicht erreichbar"],
        keywordsEN: ["timeout", "no response", "unreachable"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Das Telefon zeigt (23), nicht (40): „(23)“ kann Servicecode 23 oder 40 bedeuten."],
        notesEN: ["The phone shows (23), not (40): \"(23)\" can mean service code 23 or 40."],
        userNoteCount: 0)
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
        meaningDE: "Der Administrator hat für die PIN „User Must Change at Next Login“ gesetzt; der Benutzer muss seine PIN ändern.",
        meaningEN: "The administrator set User Must Change at Next Login for the PIN; the user must change the PIN.",
        causeDE: nil,
        hintDE: "Der Benutzer wird auf die Seite „Change credentials“ geleitet und muss dort eine neue PIN setzen.",
        hintEN: "The user is taken to the Change credentials page and must set a new PIN there.",
        briefDE: "Neue PIN unter Change credentials setzen",
        briefEN: "Set a new PIN on Change credentials",
        keywordsDE: ["PIN ändern", "PIN-Änderung", "neue PIN"],
        keywordsEN: ["change PIN", "new PIN"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["S2 gibt keine eigene Telefonanzeige an: In seiner Zeile für 41 fehlt eine Textspalte (wie bei 44). Nach der Spaltenfolge könnte „PIN change is required“ auch die Anzeige statt der Kurzbeschreibung sein."],
        notesEN: ["S2 gives no separate phone display: its row for 41 has one text cell fewer (like 44). By the column order, \"PIN change is required\" may be the phone display rather than the quick description."],
        userNoteCount: 0)
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
        meaningDE: "Die Cluster-ID des Remote-Clusters ist ungültig; das kann bei einem Remote-Cluster-Update auftreten.",
        meaningEN: "The remote cluster ID is not valid; this can occur during a remote cluster update.",
        causeDE: nil,
        hintDE: "Die Cluster Id des Remote-Clusters (Advanced Features > Cluster View) muss dem Enterprise-Parameter Cluster ID des anderen Clusters entsprechen (System > Enterprise Parameters; je Cluster eindeutig).",
        hintEN: "The remote cluster's Cluster Id (Advanced Features > Cluster View) must match the Cluster ID enterprise parameter of the other cluster (System > Enterprise Parameters; unique per cluster).",
        briefDE: "Cluster Id mit Enterprise-Parameter abgleichen",
        briefEN: "Match Cluster Id to the enterprise parameter",
        keywordsDE: ["Cluster-ID", "ClusterID", "ungültig", "Enterprise-Parameter"],
        keywordsEN: ["cluster id", "invalid"],
        seeAlso: [44, 212],
        isFrequent: false, sourceIDs: ["S2", "S10"],
        notesDE: ["Drei Codes betreffen eine ungültige Cluster-ID: Anwendungscode 212 „Cluster ID is invalid“ und die Servicecodes 42 „Invalid ClusterID“ und 44. Den Abgleich mit dem Enterprise-Parameter nennen S2 (Configure Remote Cluster Services) und S10."],
        notesEN: ["Three codes concern an invalid cluster ID: application code 212 \"Cluster ID is invalid\" and service codes 42 \"Invalid ClusterID\" and 44. S2 (Configure Remote Cluster Services) and S10 give the match against the enterprise parameter."],
        userNoteCount: 0)
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
        meaningDE: "Das Sicherheitsprofil des EMCC-Geräts muss den Device Security Mode Nonsecure haben.",
        meaningEN: "The EMCC device's security profile must have the Device Security Mode Nonsecure.",
        causeDE: nil,
        hintDE: "Im Phone Security Profile des EMCC-Geräts (System > Security > Phone Security Profile) den Device Security Mode auf Nonsecure stellen.",
        hintEN: "In the EMCC device's Phone Security Profile (System > Security > Phone Security Profile), set Device Security Mode to Nonsecure.",
        briefDE: "Device Security Mode auf Nonsecure stellen",
        briefEN: "Set Device Security Mode to Nonsecure",
        keywordsDE: ["Sicherheitsprofil", "Sicherheitsmodus"],
        keywordsEN: ["security profile", "secure mode"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2", "S14"],
        notesDE: ["S2 spricht vom „Device Security Profile“ des EMCC-Geräts; bearbeitet wird es unter System > Security > Phone Security Profile, Feld Device Security Mode (S14)."],
        notesEN: ["S2 speaks of the EMCC device's \"Device Security Profile\"; it is edited under System > Security > Phone Security Profile, field Device Security Mode (S14)."],
        userNoteCount: 0)
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
        meaningDE: "Die Cluster-ID ist ungültig.",
        meaningEN: "The cluster ID is not valid.",
        causeDE: nil,
        hintDE: "Die Cluster Id des Remote-Clusters (Advanced Features > Cluster View) muss dem Enterprise-Parameter Cluster ID des anderen Clusters entsprechen (System > Enterprise Parameters; je Cluster eindeutig).",
        hintEN: "The remote cluster's Cluster Id (Advanced Features > Cluster View) must match the Cluster ID enterprise parameter of the other cluster (System > Enterprise Parameters; unique per cluster).",
        briefDE: "Cluster Id mit Enterprise-Parameter abgleichen",
        briefEN: "Match Cluster Id to the enterprise parameter",
        keywordsDE: ["Cluster-ID", "ClusterID", "ungültig", "Enterprise-Parameter"],
        keywordsEN: ["cluster id", "invalid"],
        seeAlso: [42, 212],
        isFrequent: false, sourceIDs: ["S2", "S10"],
        notesDE: ["S2 gibt für 44 keine Kurzbeschreibung an; der Name hier ist aus dem Grund abgeleitet.", "Das Telefon zeigt (201), nicht (44): „Please try to login again (201)“ kann Anwendungscode 201 oder die Servicecodes 39 und 44 bedeuten.", "Drei Codes betreffen eine ungültige Cluster-ID: Anwendungscode 212 „Cluster ID is invalid“ und die Servicecodes 42 „Invalid ClusterID“ und 44. Den Abgleich mit dem Enterprise-Parameter nennen S2 (Configure Remote Cluster Services) und S10."],
        notesEN: ["S2 gives no quick description for 44; the name here is derived from its reason.", "The phone shows (201), not (44): \"Please try to login again (201)\" can mean application code 201 or service codes 39 and 44.", "Three codes concern an invalid cluster ID: application code 212 \"Cluster ID is invalid\" and service codes 42 \"Invalid ClusterID\" and 44. S2 (Configure Remote Cluster Services) and S10 give the match against the enterprise parameter."],
        userNoteCount: 0)
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
        meaningDE: "Nicht unterstützte Kombination: Besuchscluster 9.x im Mixed Mode, Telefon im Secure Mode, Heimatcluster 8.x.",
        meaningEN: "Unsupported combination: visiting cluster 9.x in mixed mode, phone in secure mode, home cluster 8.x.",
        causeDE: nil,
        hintDE: "Cisco unterstützt diese Kombination nicht: Besuchscluster 9.x im Mixed Mode, Telefon im Secure Mode, Heimatcluster 8.x. Die Anmeldung gelingt erst, wenn eine dieser Bedingungen nicht mehr zutrifft.",
        hintEN: "Cisco does not support this combination: visiting cluster 9.x in mixed mode, phone in secure mode, home cluster 8.x. The login works only once one of these conditions no longer holds.",
        briefDE: "Eine der drei Bedingungen aufheben",
        briefEN: "Remove one of the three conditions",
        keywordsDE: ["Version", "nicht unterstützt", "Sicherheitsmodus"],
        keywordsEN: ["version", "unsupported"],
        seeAlso: [46],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Nicht unterstützte Kombination: Besuchscluster im Mixed Mode, Telefon im Secure Mode, Heimatcluster im Nonsecure Mode.",
        meaningEN: "Unsupported combination: visiting cluster in mixed mode, phone in secure mode, home cluster in nonsecure mode.",
        causeDE: nil,
        hintDE: "Cisco unterstützt diese Kombination nicht: Besuchscluster im Mixed Mode, Telefon im Secure Mode, Heimatcluster im Nonsecure Mode. Die Anmeldung gelingt erst, wenn eine dieser Bedingungen nicht mehr zutrifft.",
        hintEN: "Cisco does not support this combination: visiting cluster in mixed mode, phone in secure mode, home cluster in nonsecure mode. The login works only once one of these conditions no longer holds.",
        briefDE: "Eine der drei Bedingungen aufheben",
        briefEN: "Remove one of the three conditions",
        keywordsDE: ["nicht unterstützt", "Sicherheitsmodus"],
        keywordsEN: ["unsupported"],
        seeAlso: [45],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Die bei der EMCC-Anmeldung verwendete Durchwahl ist bei mehreren Benutzern als Primärdurchwahl eingetragen.",
        meaningEN: "The extension used for the EMCC login is the primary extension of several users.",
        causeDE: nil,
        hintDE: "Die Durchwahl nur einem Benutzer als Primärdurchwahl zuordnen oder mit der Benutzer-ID anmelden.",
        hintEN: "Make the extension primary for one user only, or log in by user ID.",
        briefDE: "Primärdurchwahl nur einem Benutzer zuordnen",
        briefEN: "Make the DN primary for one user only",
        keywordsDE: ["Rufnummer", "Nebenstelle", "mehrere Benutzer", "doppelt"],
        keywordsEN: ["extension", "directory number", "duplicate"],
        seeAlso: [216],
        isFrequent: true, sourceIDs: ["S2", "S8"],
        notesDE: ["Anwendungscode 216 ist dieselbe Bedingung bei EM-Anmeldungen (nicht EMCC).", "Häufig: S8 führt 47 unter den „Common error codes for EMCC log in issues“."],
        notesEN: ["Application code 216 is the same condition for EM (not EMCC) logins.", "Frequent: S8 lists 47 among the \"Common error codes for EMCC log in issues\"."],
        userNoteCount: 0)
    case 201:
      return ErrorEntry(
        code: 201, family: .application, name: "Authentication Error",
        isNameDerived: false, otherNames: [],
        legacyName: nil,
        legacyDescription: nil,
        description: "Authentication Error",
        cause: "For an EMCC user this error can occur if \"EMCC\" is not activated in the Intercluster Service Profile window.",
        phoneDisplays: ["Please try to login again (201)", "[201]-Authentication error", "Error 201 Authentication Error"],
        action: "The user should check that the correct UserID and PIN were entered, and check with the system administrator that they are correct.",
        meaningDE: "Die Authentifizierung bei der Anmeldung ist fehlgeschlagen (Benutzer-ID oder PIN; bei EMCC auch das Intercluster Service Profile).",
        meaningEN: "Authentication failed at login (user ID or PIN; for EMCC also the Intercluster Service Profile).",
        causeDE: "Bei einem EMCC-Benutzer kann der Fehler auftreten, wenn im Fenster Intercluster Service Profile „EMCC“ nicht aktiviert ist.",
        hintDE: "Unter User Management > End User Benutzer-ID und PIN prüfen und die PIN bei Bedarf neu setzen. Bei EMCC-Benutzern unter Advanced Features > EMCC > EMCC Intercluster Service Profile im Bereich EMCC „Active“ setzen.",
        hintEN: "Under User Management > End User, verify the user ID and PIN and reset the PIN if needed. For EMCC users, check Active in the EMCC pane of Advanced Features > EMCC > EMCC Intercluster Service Profile.",
        briefDE: "PIN unter End User prüfen/neu setzen",
        briefEN: "Check/reset the PIN under End User",
        keywordsDE: ["falsche PIN", "PIN falsch", "Authentifizierung", "Anmeldedaten"],
        keywordsEN: ["wrong PIN", "invalid PIN", "credentials"],
        seeAlso: [204, 211],
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6", "S10"],
        notesDE: ["„Please try to login again (201)“ kann auch Servicecode 39 oder 44 (EMCC) sein, die laut S2 als (201) angezeigt werden.", "S2 gibt als Kurzbeschreibung nur „Authentication Error“. „go to the user pages and verify the PIN“ steht in S5 und S7, den Pfad User Management > End User nennt S2, das Kontrollkästchen Active im Bereich EMCC S10."],
        notesEN: ["\"Please try to login again (201)\" can also be service code 39 or 44 (EMCC), which S2 says are displayed as (201).", "S2's quick description is only \"Authentication Error\". \"go to the user pages and verify the PIN\" is in S5 and S7; S2 gives the path User Management > End User, S10 the Active check box in the EMCC pane."],
        userNoteCount: 0)
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
        meaningDE: "Benutzer-ID oder PIN wurde leer gelassen.",
        meaningEN: "The user ID or PIN was left blank.",
        causeDE: nil,
        hintDE: "Benutzer-ID und PIN sind Pflichtfelder: beide ausfüllen und erneut anmelden.",
        hintEN: "User ID and PIN are both required: fill in both and log in again.",
        briefDE: "Benutzer-ID und PIN eingeben",
        briefEN: "Enter both user ID and PIN",
        keywordsDE: ["leer", "leeres Feld", "fehlende PIN"],
        keywordsEN: ["empty", "missing PIN"],
        seeAlso: [2],
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "IMS konnte den Benutzer mit der eingegebenen PIN nicht authentifizieren.",
        meaningEN: "IMS could not authenticate the user with the PIN entered.",
        causeDE: nil,
        hintDE: "Die PIN wurde nicht akzeptiert: unter User Management > End User die PIN des Benutzers prüfen und bei Bedarf neu setzen.",
        hintEN: "The PIN was not accepted: under User Management > End User, verify the user's PIN and reset it if needed.",
        briefDE: "PIN unter End User prüfen/neu setzen",
        briefEN: "Check/reset the PIN under End User",
        keywordsDE: ["falsche PIN", "PIN falsch", "Verzeichnisserver", "Authentifizierung"],
        keywordsEN: ["wrong PIN", "invalid PIN"],
        seeAlso: [201, 2, 9],
        isFrequent: false, sourceIDs: ["S2", "S5"],
        notesDE: ["„go to the user pages and verify the PIN“ steht in S5; den Pfad User Management > End User nennt S2."],
        notesEN: ["\"go to the user pages and verify the PIN\" is in S5; S2 gives the path User Management > End User."],
        userNoteCount: 0)
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
        meaningDE: "Das Benutzerprofil ließ sich weder aus dem Cache noch aus der Datenbank lesen.",
        meaningEN: "The user profile information could not be read from the cache or the database.",
        causeDE: nil,
        hintDE: "Dem Benutzer ein Geräteprofil zuordnen: User Management > End User, Bereich Extension Mobility, Profil von Available Profiles nach Controlled Profiles verschieben.",
        hintEN: "Associate a device profile with the user: User Management > End User, Extension Mobility pane, move the profile from Available Profiles to Controlled Profiles.",
        briefDE: "Dem Benutzer ein Geräteprofil zuordnen",
        briefEN: "Associate a device profile with the user",
        keywordsDE: ["Profil fehlt", "Profil", "kein Profil", "Benutzerprofil"],
        keywordsEN: ["profile missing", "no profile", "device profile"],
        seeAlso: [12, 9],
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Im Request-URI fehlt der Gerätename; das kommt nur bei Anfragen von Drittanwendungen vor, nicht bei echten Telefonen.",
        meaningEN: "The device name is missing in the request URI; this happens only with third-party applications, not with real phones.",
        causeDE: nil,
        hintDE: "Die URL des Extension-Mobility-Dienstes prüfen: Sie muss den Gerätenamen übergeben, z. B. http://<IP-Adresse>:8080/emapp/EMAppServlet?device=#DEVICENAME#.",
        hintEN: "Check the URL of the Extension Mobility service: it must pass the device name, e.g. http://<IP address>:8080/emapp/EMAppServlet?device=#DEVICENAME#.",
        briefDE: "EM-Dienst-URL mit device=#DEVICENAME# prüfen",
        briefEN: "Check the EM URL has device=#DEVICENAME#",
        keywordsDE: ["Gerätename fehlt", "Dienst-URL", "Service-URL"],
        keywordsEN: ["device name missing", "service URL"],
        seeAlso: [208],
        isFrequent: false, sourceIDs: ["S2", "S7", "S5", "S6"],
        notesDE: ["S5 und S6 drucken auch „Error 207 EM Service Connection Error“; S2 und S7 nennen dafür 208 (Dienst prüfen).", "Nicht häufig: Laut S2 kann 207 bei echten Geräten nicht auftreten, nur bei Anfragen von Drittanwendungen."],
        notesEN: ["S5 and S6 also print \"Error 207 EM Service Connection Error\"; S2 and S7 give it 208 (check the service).", "Not frequent: S2 says 207 cannot happen with real devices, only with requests from third-party applications."],
        userNoteCount: 1)
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
        meaningDE: "Die EMApp erreicht keinen EMService (Dienst ausgefallen oder nicht aktiviert), oder bei EMCC erreicht der EMService den Heimatcluster nicht.",
        meaningEN: "EMApp cannot reach any EMService (down or not activated), or for EMCC the EMService cannot reach the home cluster.",
        causeDE: nil,
        hintDE: "Prüfen, ob der Dienst Cisco Extension Mobility läuft und aktiviert ist (Cisco Unified Serviceability > Tools > Control Center - Feature Services). Bei EMCC außerdem die Verbindung zum Heimatcluster prüfen: WAN-Strecke und vertrauenswürdige Zertifikate.",
        hintEN: "Check that the Cisco Extension Mobility service is activated and running (Cisco Unified Serviceability > Tools > Control Center - Feature Services). For EMCC also check the path to the home cluster: the WAN and trusted certificates.",
        briefDE: "Dienst Cisco Extension Mobility prüfen",
        briefEN: "Check the Cisco Extension Mobility service",
        keywordsDE: ["Verbindungsfehler", "nicht erreichbar", "Zertifikat"],
        keywordsEN: ["connection error", "unreachable", "certificate"],
        seeAlso: [207],
        isFrequent: true, sourceIDs: ["S2", "S7", "S5", "S6"],
        notesDE: ["S5 und S6 drucken diesen Fehler als „Error 207 EM Service Connection Error“; S2 und S7 geben ihm 208, und 207 ist „Device Name Empty“. 208 ist so gut wie sicher richtig."],
        notesEN: ["S5 and S6 print this error as \"Error 207 EM Service Connection Error\"; S2 and S7 give it 208, and 207 is \"Device Name Empty\". 208 is almost certainly right."],
        userNoteCount: 0)
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
        meaningDE: "Die EMApp ließ sich nicht initialisieren, z. B. weil sie beim Start keine Verbindung zur Datenbank bekam.",
        meaningEN: "EMApp failed to initialize, e.g. because it could not connect to the database at startup.",
        causeDE: nil,
        hintDE: "Die Datenbankverbindung prüfen: Die EMApp scheitert beim Initialisieren, etwa wenn sie beim Start die Datenbank nicht erreicht.",
        hintEN: "Check the database connection: EMApp fails while initializing, for example when it cannot reach the database at startup.",
        briefDE: "Datenbankverbindung der EMApp prüfen",
        briefEN: "Check EMApp's database connection",
        keywordsDE: ["Initialisierung", "Startfehler"],
        keywordsEN: ["initialization", "startup"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: [],
        notesEN: [],
        userNoteCount: 0)
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
        meaningDE: "Im Intercluster Service Profile des Besuchsclusters ist PSTN nicht aktiviert (Kurzbeschreibung: EMCC nicht aktiviert).",
        meaningEN: "PSTN is not activated in the visiting cluster's Intercluster Service Profile (quick description: EMCC Not Activated).",
        causeDE: nil,
        hintDE: "Im Besuchscluster unter Advanced Features > EMCC > EMCC Intercluster Service Profile im Bereich PSTN Access das Kontrollkästchen „Active“ setzen; laut Kurzbeschreibung auch „Active“ im Bereich EMCC prüfen.",
        hintEN: "In the visiting cluster, under Advanced Features > EMCC > EMCC Intercluster Service Profile, check Active in the PSTN Access pane; per the quick description also check Active in the EMCC pane.",
        briefDE: "„Active“ im Bereich PSTN Access setzen",
        briefEN: "Check Active in the PSTN Access pane",
        keywordsDE: ["nicht aktiviert", "PSTN-Zugang"],
        keywordsEN: ["PSTN access", "not enabled"],
        seeAlso: [201],
        isFrequent: false, sourceIDs: ["S2", "S10"],
        notesDE: ["Kurzbeschreibung („EMCC Not Activated“) und Grund („PSTN is not activated in the Intercluster Service Profile window of the visiting cluster“) in S2 passen nicht zusammen. Die Bereiche PSTN Access und EMCC mit ihrem Kontrollkästchen Active nennt S10."],
        notesEN: ["S2's quick description (\"EMCC Not Activated\") and reason (\"PSTN is not activated in the Intercluster Service Profile window of the visiting cluster\") disagree. S10 names the PSTN Access and EMCC panes with their Active check boxes."],
        userNoteCount: 0)
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
        meaningDE: "Ein Remote-Cluster-Update ist fehlgeschlagen, weil es eine falsche Cluster-ID an den entfernten Cluster gesendet hat.",
        meaningEN: "A remote cluster update failed because it sent an incorrect cluster ID to the remote cluster.",
        causeDE: nil,
        hintDE: "Die Cluster Id des Remote-Clusters (Advanced Features > Cluster View) muss dem Enterprise-Parameter Cluster ID des anderen Clusters entsprechen (System > Enterprise Parameters; je Cluster eindeutig).",
        hintEN: "The remote cluster's Cluster Id (Advanced Features > Cluster View) must match the Cluster ID enterprise parameter of the other cluster (System > Enterprise Parameters; unique per cluster).",
        briefDE: "Cluster Id mit Enterprise-Parameter abgleichen",
        briefEN: "Match Cluster Id to the enterprise parameter",
        keywordsDE: ["Cluster-ID", "ClusterID", "ungültig", "Enterprise-Parameter"],
        keywordsEN: ["cluster id", "invalid"],
        seeAlso: [42, 44],
        isFrequent: false, sourceIDs: ["S2", "S10"],
        notesDE: ["Drei Codes betreffen eine ungültige Cluster-ID: Anwendungscode 212 „Cluster ID is invalid“ und die Servicecodes 42 „Invalid ClusterID“ und 44. Den Abgleich mit dem Enterprise-Parameter nennen S2 (Configure Remote Cluster Services) und S10."],
        notesEN: ["Three codes concern an invalid cluster ID: application code 212 \"Cluster ID is invalid\" and service codes 42 \"Invalid ClusterID\" and 44. S2 (Configure Remote Cluster Services) and S10 give the match against the enterprise parameter."],
        userNoteCount: 0)
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
        meaningDE: "Das Gerät unterstützt kein EMCC.",
        meaningEN: "The device does not support EMCC.",
        causeDE: nil,
        hintDE: "In Cisco Unified Reporting unter System Reports > Unified CM Phone Feature List nachsehen, welche Modelle EMCC unterstützen, und für Cross-Cluster-Anmeldungen ein solches verwenden.",
        hintEN: "Look up the EMCC-capable models in Cisco Unified Reporting (System Reports > Unified CM Phone Feature List) and use one of them for cross-cluster logins.",
        briefDE: "EMCC-fähiges Telefonmodell verwenden",
        briefEN: "Use an EMCC-capable phone model",
        keywordsDE: ["Telefonmodell", "nicht unterstützt", "Modell"],
        keywordsEN: ["unsupported", "phone model"],
        seeAlso: [32],
        isFrequent: false, sourceIDs: ["S2"],
        notesDE: ["Servicecode 32 hat denselben Namen."],
        notesEN: ["Service code 32 has the same name."],
        userNoteCount: 0)
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
        meaningDE: "Der loginType in der EM-Dienst-URL ist ungültig; erlaubt sind SP, DN und UID.",
        meaningEN: "The loginType in the EM service URL is invalid; the allowed values are SP, DN and UID.",
        causeDE: nil,
        hintDE: "In der EM-Dienst-URL nur loginType=SP, DN oder UID verwenden (oder den Parameter weglassen).",
        hintEN: "Use only loginType=SP, DN or UID in the EM service URL (or leave the parameter out).",
        briefDE: "loginType=SP, DN oder UID verwenden",
        briefEN: "Use loginType=SP, DN or UID",
        keywordsDE: ["loginType", "Anmeldetyp", "Dienst-URL"],
        keywordsEN: ["loginType", "login type", "service URL"],
        seeAlso: [],
        isFrequent: false, sourceIDs: ["S2", "S4", "S8"],
        notesDE: ["Den loginType-Parameter (DN, SP oder UID) der EM-Dienst-URL gibt es ab CUCM 12.x; S8: „This feature was introduced in CUCM 12.X“. S2 deutet es nur an (mit 11.5 und älter wird loginType ignoriert)."],
        notesEN: ["The loginType parameter (DN, SP or UID) of the EM service URL exists from CUCM 12.x; S8: \"This feature was introduced in CUCM 12.X\". S2 only implies it (with 11.5 and below loginType is ignored)."],
        userNoteCount: 0)
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
        meaningDE: "Die Durchwahl für die EM-Anmeldung ist bei mehreren Benutzern als Primärdurchwahl eingetragen.",
        meaningEN: "The extension used for the EM login is the primary extension of several users.",
        causeDE: nil,
        hintDE: "Die Durchwahl nur einem Benutzer als Primärdurchwahl zuordnen oder mit der Benutzer-ID anmelden.",
        hintEN: "Make the extension primary for one user only, or log in by user ID.",
        briefDE: "Primärdurchwahl nur einem Benutzer zuordnen",
        briefEN: "Make the DN primary for one user only",
        keywordsDE: ["Rufnummer", "Nebenstelle", "mehrere Benutzer", "doppelt"],
        keywordsEN: ["extension", "directory number", "duplicate"],
        seeAlso: [47],
        isFrequent: false, sourceIDs: ["S2", "S4"],
        notesDE: ["Servicecode 47 ist dieselbe Bedingung bei EMCC-Anmeldungen."],
        notesEN: ["Service code 47 is the same condition for EMCC logins."],
        userNoteCount: 0)
    default: return nil
    }
  }

  /// The ids of the phone messages, in the order of ``messages``.
  static let messageIDs: [String] = ["host-not-found", "http-503", "login-unavailable"]

  /// Phone messages that carry no Extension Mobility code.
  public static let messages: [PhoneMessage] = [
    PhoneMessage(
      id: "host-not-found", name: "Host not found",
      description: nil,
      phoneDisplays: ["Host not found", "Host Not Found"],
      action: "Check that the Cisco Tomcat service is running (Control Center - Network Services).",
      meaningDE: "Meldung ohne Code aus Ciscos EM-Fehlertabellen; Ciscos Abhilfe zielt auf den Dienst Cisco Tomcat.",
      meaningEN: "A phone message without a code from Cisco's EM troubleshooting tables; Cisco's fix points at the Cisco Tomcat service.",
      hintDE: "Prüfen, ob der Dienst Cisco Tomcat läuft (Cisco Unified Serviceability > Tools > Control Center - Network Services).",
      hintEN: "Check that the Cisco Tomcat service is running (Cisco Unified Serviceability > Tools > Control Center - Network Services).",
      briefDE: "Dienst Cisco Tomcat prüfen",
      briefEN: "Check the Cisco Tomcat service",
      keywordsDE: ["Host nicht gefunden"],
      keywordsEN: [],
      sourceIDs: ["S7", "S5", "S6"],
      notesDE: [],
        notesEN: [],
        userNoteCount: 0),
    PhoneMessage(
      id: "http-503", name: "Http Error [503]",
      description: nil,
      phoneDisplays: ["Http Error [503]", "HTTP Error (503)"],
      action: "If it appears when the Services button is pressed, check the Cisco IP Phone Services service. If it appears when the Extension Mobility service is selected, check the Cisco Extension Mobility Application service (Control Center - Network Services).",
      meaningDE: "HTTP-Status 503, kein EM-Code; welcher Dienst zu prüfen ist, hängt davon ab, wann die Meldung erscheint.",
      meaningEN: "HTTP status 503, not an EM code; which service to check depends on when the message appears.",
      hintDE: "Erscheint die Meldung beim Drücken der Services-Taste, den Dienst Cisco IP Phone Services prüfen; erscheint sie bei Auswahl des EM-Dienstes, den Dienst Cisco Extension Mobility Application prüfen (Control Center - Network Services).",
      hintEN: "If it appears when the Services button is pressed, check the Cisco IP Phone Services service; if it appears when the EM service is selected, check the Cisco Extension Mobility Application service (Control Center - Network Services).",
      briefDE: "IP Phone Services bzw. EM Application prüfen",
      briefEN: "Check IP Phone Services or EM Application",
      keywordsDE: ["HTTP-Fehler", "Cisco Extension Mobility Application", "Cisco IP Phone Services"],
      keywordsEN: ["Cisco Extension Mobility Application", "Cisco IP Phone Services"],
      sourceIDs: ["S7", "S5", "S6"],
      notesDE: [],
        notesEN: [],
        userNoteCount: 0),
    PhoneMessage(
      id: "login-unavailable", name: "Login is unavailable",
      description: "This error occurs because the visiting cluster has not yet detected the change of the home cluster from out-of-service to in-service.",
      phoneDisplays: ["Login is unavailable"],
      action: "You can select Update Remote Cluster Now in the Remote Cluster Service Configuration window (Advanced Features > EMCC > EMCC Remote Cluster) to change Remote Activate values to True, which also allows EMCC logins. Otherwise, after the next periodic update cycle, EMCC logins by visiting phones will return to normal.",
      meaningDE: "EMCC ohne Code: Der Besuchscluster hat noch nicht bemerkt, dass der Heimatcluster wieder in Betrieb ist (Remote Activated = False).",
      meaningEN: "EMCC, no code: the visiting cluster has not yet noticed that the home cluster is back in service (Remote Activated is False).",
      hintDE: "Im Besuchscluster unter Advanced Features > Cluster View (in manchen Cisco-Dokumenten: Advanced Features > EMCC > EMCC Remote Cluster) „Update Remote Cluster Now“ wählen. Andernfalls funktioniert die Anmeldung nach dem nächsten Update wieder (Remote Cluster Update Interval, Standard 30 Minuten).",
      hintEN: "In the visiting cluster, choose Update Remote Cluster Now under Advanced Features > Cluster View (some Cisco documents: Advanced Features > EMCC > EMCC Remote Cluster). Otherwise logins recover after the next update (Remote Cluster Update Interval, default 30 minutes).",
      briefDE: "„Update Remote Cluster Now“ im Besuchscluster",
      briefEN: "Update Remote Cluster Now in visiting cluster",
      keywordsDE: ["Anmeldung nicht verfügbar", "Heimatcluster", "außer Betrieb", "Remote Activated"],
      keywordsEN: ["home cluster", "out of service", "remote activated"],
      sourceIDs: ["S2", "S4"],
      notesDE: ["S2 und S4 (Extension Mobility Cross Cluster Restrictions) nennen für „Update Remote Cluster Now“ den Pfad Advanced Features > EMCC > EMCC Remote Cluster; die Einrichtungsschritte von S2 verwenden Advanced Features > Cluster View. Das Intervall (Standard 30 Minuten) ist der EMCC-Feature-Parameter Remote Cluster Update Interval (S2)."],
        notesEN: ["S2 and S4 (Extension Mobility Cross Cluster Restrictions) give the path Advanced Features > EMCC > EMCC Remote Cluster for Update Remote Cluster Now; S2's setup steps use Advanced Features > Cluster View. The interval (default 30 minutes) is the EMCC feature parameter Remote Cluster Update Interval (S2)."],
        userNoteCount: 0),
  ]

  /// For a code: each number its phone texts show that other codes' texts show too, with those
  /// codes, flattened as number, count, codes...
  static func sharedDisplayNumbers(code: Int) -> [Int] {
    switch code {
    case 23: return [23, 1, 40]
    case 39: return [201, 2, 44, 201]
    case 40: return [23, 1, 23]
    case 44: return [201, 2, 39, 201]
    case 201: return [201, 2, 39, 44]
    case 207: return [207, 1, 208]
    case 208: return [207, 1, 207]
    default: return []
    }
  }

  /// The folded words of a code's texts, for search.
  static func searchIndex(code: Int) -> SearchIndex {
    switch code {
    case 0:
      return SearchIndex(
        names: " unknown error | unknown error | ",
        displays: " login is unavailable 0 | logout is unavailable 0 | ",
        keywordsDE: " unbekannter fehler | bug | ", keywordsEN: " bug | ",
        texts: " generic error which does not belong to the known error types | the emservice failed for an unknown reason | ",
        textsDE: " unbekannter fehler der emservice ist aus unbekanntem grund fehlgeschlagen | der emservice ist aus unbekanntem grund fehlgeschlagen | ",
        textsEN: " unknown error the emservice failed for an unknown reason | ",
        actions: " ",
        hintsDE: " cisco nennt keine konkrete ursache tritt der fehler bei emcc anmeldungen auf den cisco bug cscvn52593 emcc is failing with login is unavailable 0 pruefen | cisco nennt keine konkrete ursache tritt der fehler bei emcc anmeldungen auf den cisco bug cscvn52593 emcc is failing with login is unavailable 0 prufen | bei emcc cisco bug cscvn52593 pruefen | bei emcc cisco bug cscvn52593 prufen | ",
        hintsEN: " cisco names no specific cause if it happens on emcc logins look at cisco bug cscvn52593 emcc is failing with login is unavailable 0 | for emcc check cisco bug cscvn52593 | ")
    case 1:
      return SearchIndex(
        names: " error on parsing | error on parsing | xml validation error | ",
        displays: " login is unavailable 1 | logout is unavailable 1 | ",
        keywordsDE: " xml fehler | fehlerhafte anfrage | versionskonflikt | version | ", keywordsEN: " xml error | malformed xml | version mismatch | ",
        texts: " invalid xml request the xml passed does not conform to the dtd | emservice cannot parse the xml request from the emapp or emservice a third party application sends an incorrect query to the login xml em api or the home and visiting clusters run mismatched versions | because the request or query was incorrectly formed it cannot be properly processed | ",
        textsDE: " die xml anfrage liess sich nicht parsen sie entspricht nicht der dtd oder heimat und besuchscluster haben unpassende versionen | der emservice kann die xml anfrage von emapp oder emservice nicht parsen eine drittanwendung schickt eine fehlerhafte anfrage an die login xml schnittstelle em api oder heimat und besuchscluster haben unpassende versionen | ",
        textsEN: " the xml request could not be parsed it does not match the dtd or the home and visiting clusters run mismatched versions | ",
        actions: " ",
        hintsDE: " die xml anfrage gegen die dtd der em api pruefen elemente reihenfolge schreibweise emcc mit besuchscluster 12 x und heimatcluster bis 11 5 logintype uid sp oder dn in der em url des besuchsclusters scheitert dort die standard url ohne logintype verwenden | die xml anfrage gegen die dtd der em api prufen elemente reihenfolge schreibweise emcc mit besuchscluster 12 x und heimatcluster bis 11 5 logintype uid sp oder dn in der em url des besuchsclusters scheitert dort die standard url ohne logintype verwenden | xml gegen dtd pruefen emcc url ohne logintype | xml gegen dtd prufen emcc url ohne logintype | ",
        hintsEN: " check the request xml against the em api dtd elements order spelling emcc with a visiting cluster on 12 x and a home cluster on 11 5 or earlier a logintype of uid sp or dn in the visiting cluster s em url fails use the default url without logintype | check xml vs dtd emcc url without logintype | ")
    case 2:
      return SearchIndex(
        names: " cannot authorize app user | emcc authentication error | authentication error | ",
        displays: " login is unavailable 2 | ",
        keywordsDE: " falsche pin | pin falsch | anmeldedaten | authentifizierung | leer | ", keywordsEN: " wrong pin | invalid pin | credentials | blank | ",
        texts: " blank userid or pin null param shows the user login page with an error title | emcc authentication error the emcc user credentials cannot be authenticated because the user entered an incorrect pin | an error occurred in the authentication process and the validity of the appid and apppassword that were submitted cannot be confirmed | ",
        textsDE: " die anmeldedaten wurden nicht akzeptiert je nach quelle leere benutzer id oder pin falsche pin bei emcc oder appid passwort | emcc authentifizierungsfehler die emcc anmeldedaten lassen sich nicht authentifizieren weil der benutzer eine falsche pin eingegeben hat | ",
        textsEN: " the credentials were not accepted per source a blank user id or pin a wrong pin at emcc login or the appid password | ",
        actions: " ",
        hintsDE: " emcc unter user management end user die pin des benutzers pruefen und bei bedarf neu setzen benutzer id und pin duerfen nicht leer sein bei em api aufrufen appid und passwort pruefen | emcc unter user management end user die pin des benutzers prufen und bei bedarf neu setzen benutzer id und pin durfen nicht leer sein bei em api aufrufen appid und passwort prufen | pin pruefen bei em api appid passwort | pin prufen bei em api appid passwort | ",
        hintsEN: " emcc under user management end user verify the user s pin and reset it if needed user id and pin must not be blank for em api calls check the appid and password | check the pin em api check appid password | ")
    case 3:
      return SearchIndex(
        names: " invalid app user | invalid authentication | ",
        displays: " login is unavailable 3 | logout is unavailable 3 | ",
        keywordsDE: " anwendungsbenutzer | zugangsdaten | ", keywordsEN: " application user | app user | ",
        texts: " the appid supplied in the xml is not a valid user | invalid application user this error commonly occurs because of the em api | the appid and or apppassword that were provided are incorrect | ",
        textsDE: " die appid in der xml anfrage ist kein gueltiger benutzer oder appid und passwort stimmen nicht | die appid in der xml anfrage ist kein gultiger benutzer oder appid und passwort stimmen nicht | ungueltiger anwendungsbenutzer der fehler entsteht haeufig durch die em api | ungultiger anwendungsbenutzer der fehler entsteht haufig durch die em api | ",
        textsEN: " the appid in the xml request is not a valid user or the appid and password are wrong | ",
        actions: " ",
        hintsDE: " appid und passwort im element appinfo der xml anfrage pruefen appid benutzername appcertificate passwort die appid muss ein vorhandener benutzer sein das passwort muss dazu passen damit authentifiziert sich die anwendung die die anfrage schickt | appid und passwort im element appinfo der xml anfrage prufen appid benutzername appcertificate passwort die appid muss ein vorhandener benutzer sein das passwort muss dazu passen damit authentifiziert sich die anwendung die die anfrage schickt | appid und passwort in appinfo pruefen | appid und passwort in appinfo prufen | ",
        hintsEN: " check appid and password in the appinfo element of the xml request appid user name appcertificate password the appid must be an existing user and the password must match they authenticate the application that sends the request | check appid and password in appinfo | ")
    case 4:
      return SearchIndex(
        names: " policy validation error | policy validation error | ",
        displays: " login is unavailable 4 | logout is unavailable 4 | ",
        keywordsDE: " richtlinie | policy | ", keywordsEN: " policy | ",
        texts: " does not conform to the policy set up for the user for example multiple log in not allowed | em service cannot validate the login or logout request because of an unknown reason an error while querying the database or an error while retrieving information from the cache | some generic issue exists regarding determination whether the request is allowed | ",
        textsDE: " die anfrage verstoesst gegen eine richtlinie fuer den benutzer z b eine nicht erlaubte mehrfachanmeldung oder liess sich nicht pruefen | die anfrage verstosst gegen eine richtlinie fur den benutzer z b eine nicht erlaubte mehrfachanmeldung oder liess sich nicht prufen | der em service kann die an oder abmeldeanfrage nicht pruefen aus unbekanntem grund wegen eines fehlers bei der datenbankabfrage oder beim lesen aus dem cache | der em service kann die an oder abmeldeanfrage nicht prufen aus unbekanntem grund wegen eines fehlers bei der datenbankabfrage oder beim lesen aus dem cache | ",
        textsEN: " the request breaks a policy set up for the user e g a multiple login that is not allowed or could not be validated | ",
        actions: " ",
        hintsDE: " pruefen ob der benutzer schon an einem anderen telefon angemeldet ist ciscos beispiel mehrfachanmeldung nicht erlaubt laut feature configuration guide kann auch ein datenbank oder cache fehler dahinterstecken | prufen ob der benutzer schon an einem anderen telefon angemeldet ist ciscos beispiel mehrfachanmeldung nicht erlaubt laut feature configuration guide kann auch ein datenbank oder cache fehler dahinterstecken | pruefen ob benutzer anderswo angemeldet ist | prufen ob benutzer anderswo angemeldet ist | ",
        hintsEN: " check whether the user is already logged in on another phone cisco s example multiple login not allowed the feature configuration guide also names a database or cache error as a cause | check if the user is logged in elsewhere | ")
    case 5:
      return SearchIndex(
        names: " device logon disabled | dev logon disabled | request denied | ",
        displays: " login is unavailable 5 | logout is unavailable 5 | ",
        keywordsDE: " deaktiviert | nicht aktiviert | geraeteanmeldung | gerateanmeldung | ", keywordsEN: " not enabled | ",
        texts: " extension mobility is not enabled on the device at the time of log out | dev logon disabled a user logs into a device that has enable extension mobility unchecked in the phone configuration window | the request has been denied failed policy validation for one or more reasons | ",
        textsDE: " am geraet ist extension mobility nicht aktiviert enable extension mobility nicht gesetzt | am gerat ist extension mobility nicht aktiviert enable extension mobility nicht gesetzt | ein benutzer meldet sich an einem geraet an bei dem im fenster phone configuration enable extension mobility nicht aktiviert ist | ein benutzer meldet sich an einem gerat an bei dem im fenster phone configuration enable extension mobility nicht aktiviert ist | ",
        textsEN: " extension mobility is not enabled on the device enable extension mobility unchecked | ",
        actions: " ",
        hintsDE: " unter device phone beim telefon enable extension mobility aktivieren und speichern | enable extension mobility am telefon setzen | ",
        hintsEN: " under device phone check enable extension mobility for the phone and save | check enable extension mobility on the phone | ")
    case 6:
      return SearchIndex(
        names: " database error | database error | ",
        displays: " login is unavailable 6 | logout is unavailable 6 | 6 database error | error 6 database error | ",
        keywordsDE: " datenbankfehler | db fehler | db | ", keywordsEN: " db error | db | ",
        texts: " database is unable to process the extension mobility request | the database returns an exception while executing the query or stored procedure that the em service requests login logout or device user query | the extension mobility service received an error while trying to communicate with the database | ",
        textsDE: " die datenbank konnte die em anfrage nicht verarbeiten exception bei einer abfrage oder stored procedure | die datenbank meldet eine exception waehrend sie die vom em service angeforderte abfrage oder stored procedure ausfuehrt an abmeldung oder geraete benutzerabfrage | die datenbank meldet eine exception wahrend sie die vom em service angeforderte abfrage oder stored procedure ausfuhrt an abmeldung oder gerate benutzerabfrage | ",
        textsEN: " the database could not process the em request an exception in a query or stored procedure | ",
        actions: " check whether a large number of requests exists the rtmt counter requests in progress is high and requests throttled is high if requests are rejected for concurrency collect detailed database logs | ",
        hintsDE: " in rtmt pruefen ob sehr viele anfragen anstehen dann ist requests in progress hoch und requests throttled steigt wenn anfragen abgewiesen werden weil zu viele gleichzeitig laufen ausserdem ausfuehrliche datenbank logs sammeln | in rtmt prufen ob sehr viele anfragen anstehen dann ist requests in progress hoch und requests throttled steigt wenn anfragen abgewiesen werden weil zu viele gleichzeitig laufen ausserdem ausfuhrliche datenbank logs sammeln | rtmt zaehler pruefen db logs sammeln | rtmt zahler prufen db logs sammeln | ",
        hintsEN: " in rtmt check for a large number of requests requests in progress is then high and requests throttled is high if requests are rejected for concurrency also collect detailed database logs | check rtmt counters collect db logs | ")
    case 7:
      return SearchIndex(
        names: " logout request error | autologout setup error | ",
        displays: " ",
        keywordsDE: " automatische abmeldung | auto logout | ", keywordsEN: " automatic logout | ",
        texts: " could not set auto logout duration during log in or could not remove the device from the auto logout list after log out | the system could not communicate with the autologout service | ",
        textsDE: " bei der anmeldung liess sich die auto logout dauer nicht setzen oder nach der abmeldung das geraet nicht aus der auto logout liste entfernen | bei der anmeldung liess sich die auto logout dauer nicht setzen oder nach der abmeldung das gerat nicht aus der auto logout liste entfernen | ",
        textsEN: " the auto logout duration could not be set at login or the device could not be removed from the auto logout list after logout | ",
        actions: " ",
        hintsDE: " ",
        hintsEN: " ")
    case 8:
      return SearchIndex(
        names: " query type undetermined | query type unknown | ",
        displays: " login is unavailable 8 | logout is unavailable 8 | ",
        keywordsDE: " abfragetyp | query typ | unbekannte abfrage | ", keywordsEN: " unknown query | unsupported query | ",
        texts: " unrecognized query type the query type provided in the xml is not supported | no valid query was sent to the emservice deviceuserquery and userdevicequery are valid ones em api or incorrect xml input | the system could not determine whether the query is device user or user devices | ",
        textsDE: " der abfragetyp in der xml anfrage wird nicht unterstuetzt | der abfragetyp in der xml anfrage wird nicht unterstutzt | der emservice hat keine gueltige abfrage erhalten gueltig sind deviceuserquery und userdevicequery ursache ist die em api oder eine fehlerhafte xml eingabe | der emservice hat keine gultige abfrage erhalten gultig sind deviceuserquery und userdevicequery ursache ist die em api oder eine fehlerhafte xml eingabe | ",
        textsEN: " the query type in the xml request is not supported | ",
        actions: " ",
        hintsDE: " im element query einen unterstuetzten abfragetyp senden deviceuserquery userdevicesquery checkuser oder deviceprofilequery das beispiel im api guide schreibt userdeviceprofilequery auf exakte schreibweise achten | im element query einen unterstutzten abfragetyp senden deviceuserquery userdevicesquery checkuser oder deviceprofilequery das beispiel im api guide schreibt userdeviceprofilequery auf exakte schreibweise achten | unterstuetzten abfragetyp in query senden | unterstutzten abfragetyp in query senden | ",
        hintsEN: " send a supported query type inside query deviceuserquery userdevicesquery checkuser or deviceprofilequery the api guide s example writes userdeviceprofilequery spell it exactly | send a supported query type in query | ")
    case 9:
      return SearchIndex(
        names: " dir user info error | diruser creation error | ",
        displays: " login is unavailable 9 | logout is unavailable 9 | ",
        keywordsDE: " authentifizierung | verzeichnisdienst | ", keywordsEN: " authentication failed | ",
        texts: " could not authenticate user this error is a for various authentication related failures sic | ims returns an exception when it attempts to authenticate a user or information about a user cannot be retrieved from the cache or database | directory integration error occurred | ",
        textsDE: " der benutzer liess sich nicht authentifizieren oder seine daten konnten weder aus dem cache noch aus der datenbank gelesen werden | ims meldet beim authentifizieren des benutzers eine exception oder die benutzerdaten lassen sich weder aus dem cache noch aus der datenbank lesen | ",
        textsEN: " the user could not be authenticated or the user s data could not be read from the cache or the database | ",
        actions: " ",
        hintsDE: " benutzer id und pin pruefen wo ein verzeichnis angebunden ist auch die verzeichnisintegration callmanager 4 1 beschrieb den fehler als directory integration error occurred | benutzer id und pin prufen wo ein verzeichnis angebunden ist auch die verzeichnisintegration callmanager 4 1 beschrieb den fehler als directory integration error occurred | benutzer id pin und verzeichnis pruefen | benutzer id pin und verzeichnis prufen | ",
        hintsEN: " check user id and pin where a directory is integrated also check the directory integration callmanager 4 1 described the error as directory integration error occurred | check user id pin and directory | ")
    case 10:
      return SearchIndex(
        names: " user lacks app proxy rights | proxy authentication not allowed | ",
        displays: " login is unavailable 10 | logout is unavailable 10 | ",
        keywordsDE: " proxy rechte | berechtigung | rechte | benutzergruppe | ", keywordsEN: " permission | rights | user group | ",
        texts: " if a userid also is used as an appid the userid should have proxy rights | the user tries to log in on behalf of another user by default a ccmsysuser has administrative rights | the appid that is specified does not have rights to log in or log out other users | ",
        textsDE: " der als appid verwendete benutzer hat keine proxy rechte darf also keine anderen benutzer an oder abmelden | der benutzer versucht sich im namen eines anderen benutzers anzumelden standardmaessig hat ein ccmsysuser administratorrechte | der benutzer versucht sich im namen eines anderen benutzers anzumelden standardmassig hat ein ccmsysuser administratorrechte | ",
        textsEN: " the user used as appid has no proxy rights so it may not log other users in or out | ",
        actions: " ",
        hintsDE: " den als appid verwendeten benutzer in die gruppe standard em authentication proxy rights aufnehmen callmanager 4 1 beim benutzer unter anschlussmobilitaet authentication proxy right aktivieren ohne dieses recht kann ein endbenutzer die em api nur fuer seine eigenen geraeteprofile nutzen | den als appid verwendeten benutzer in die gruppe standard em authentication proxy rights aufnehmen callmanager 4 1 beim benutzer unter anschlussmobilitat authentication proxy right aktivieren ohne dieses recht kann ein endbenutzer die em api nur fur seine eigenen gerateprofile nutzen | proxy rechte fuer den appid benutzer vergeben | proxy rechte fur den appid benutzer vergeben | ",
        hintsEN: " add the user used as appid to the standard em authentication proxy rights group callmanager 4 1 enable authentication proxy right under extension mobility for that user without it an end user can use the em api only on their own device profiles | give the appid user em proxy rights | ")
    case 11:
      return SearchIndex(
        names: " device does not exist | device does not exist | ",
        displays: " login is unavailable 11 | logout is unavailable 11 | ",
        keywordsDE: " geraet | gerat | nicht gefunden | unbekanntes geraet | unbekanntes gerat | geraetename | geratename | ", keywordsEN: " device not found | unknown device | typo | ",
        texts: " trying to perform an operation on a device that does not exist | the phone record entry is absent in the device table | the specified device for login or logout does not exist in the system | ",
        textsDE: " das geraet an dem an oder abgemeldet werden soll existiert im cucm nicht | das gerat an dem an oder abgemeldet werden soll existiert im cucm nicht | fuer das telefon fehlt der eintrag in der geraetetabelle | fur das telefon fehlt der eintrag in der geratetabelle | ",
        textsEN: " the device to log in or out does not exist in cucm | ",
        actions: " ",
        hintsDE: " den geraetenamen pruefen z b auf einen tippfehler in der mac adresse er muss genau so lauten wie das telefon im cucm sep und mac adresse z b sep003094c25b15 | den geratenamen prufen z b auf einen tippfehler in der mac adresse er muss genau so lauten wie das telefon im cucm sep und mac adresse z b sep003094c25b15 | geraetenamen sep mac adresse pruefen | geratenamen sep mac adresse prufen | ",
        hintsEN: " check the device name e g for a typo in the mac address it must match the phone in cucm exactly sep plus the mac address e g sep003094c25b15 | check the device name sep mac address | ")
    case 12:
      return SearchIndex(
        names: " dev profile not found | device profile does not exist | ",
        displays: " phone record entry is absent in the device table | ",
        keywordsDE: " profil | kein profil | standardprofil | anschlussmobilitaet | anschlussmobilitat | ", keywordsEN: " profile missing | no profile | default profile | ",
        texts: " trying to use a user device profile that does not exist | no device profile is associated with the remote user | either a profile was specified that does not exist or no logout device profile was configured for the specified user | ",
        textsDE: " das angegebene geraeteprofil gibt es nicht oder dem benutzer fehlt ein zugeordnetes geraeteprofil | das angegebene gerateprofil gibt es nicht oder dem benutzer fehlt ein zugeordnetes gerateprofil | dem entfernten benutzer ist kein geraeteprofil zugeordnet | dem entfernten benutzer ist kein gerateprofil zugeordnet | ",
        textsEN: " the device profile given does not exist or no device profile is associated with the user | ",
        actions: " ",
        hintsDE: " unter user management end user im bereich extension mobility dem benutzer ein geraeteprofil zuordnen controlled profiles und eines als standard markieren oder in der anmeldeanfrage ein vorhandenes profil in deviceprofile angeben | unter user management end user im bereich extension mobility dem benutzer ein gerateprofil zuordnen controlled profiles und eines als standard markieren oder in der anmeldeanfrage ein vorhandenes profil in deviceprofile angeben | dem benutzer ein geraeteprofil zuordnen | dem benutzer ein gerateprofil zuordnen | ",
        hintsEN: " under user management end user extension mobility pane associate a device profile with the user controlled profiles and mark one as default or name an existing profile in deviceprofile of the login request | associate a device profile with the user | ")
    case 18:
      return SearchIndex(
        names: " another user logged in | device already logged in | ",
        displays: " login is unavailable 18 | ",
        keywordsDE: " schon angemeldet | belegt | ", keywordsEN: " already logged in | ",
        texts: " another user is logged in to the device where login is being performed | another user is already logged in on the phone | the system could not log in to the specified device because a user is already logged in | ",
        textsDE: " an dem telefon ist bereits ein anderer benutzer angemeldet | ein anderer benutzer ist bereits am telefon angemeldet | ",
        textsEN: " another user is already logged in on the phone | ",
        actions: " ",
        hintsDE: " den angemeldeten benutzer zuerst abmelden dann erneut anmelden | angemeldeten benutzer zuerst abmelden | ",
        hintsEN: " log the current user out first then log in again | log the current user out first | ")
    case 19:
      return SearchIndex(
        names: " no user logged in | device not logged in | ",
        displays: " logout is unavailable 19 | ",
        keywordsDE: " nicht angemeldet | abmeldung | ", keywordsEN: " not logged in | logout | ",
        texts: " trying to perform log out on a device where no user is currently logged in | attempt to log out a user who has not logged in this error occurs when sending logout requests from third party applications em api | could not log out of the specified device because no user is logged in | ",
        textsDE: " abmeldung an einem geraet an dem niemand angemeldet ist | abmeldung an einem gerat an dem niemand angemeldet ist | es wird versucht einen benutzer abzumelden der nicht angemeldet ist das passiert bei abmeldeanfragen aus drittanwendungen em api | ",
        textsEN: " logout on a device where nobody is logged in | ",
        actions: " ",
        hintsDE: " auf dem geraet ist niemand angemeldet es gibt nichts abzumelden eine em api anwendung kann das vorher mit einer deviceuserquery pruefen | auf dem gerat ist niemand angemeldet es gibt nichts abzumelden eine em api anwendung kann das vorher mit einer deviceuserquery prufen | vorher per deviceuserquery pruefen | vorher per deviceuserquery prufen | ",
        hintsEN: " nobody is logged in on that device so there is nothing to log out an em api client can check first with a deviceuserquery | check first with a deviceuserquery | ")
    case 20:
      return SearchIndex(
        names: " hoteling flag error | get device hoteling flag error | ",
        displays: " login is unavailable 20 | logout is unavailable 20 | ",
        keywordsDE: " deaktiviert | nicht aktiviert | db fehler | db | ", keywordsEN: " not enabled | db | ",
        texts: " could not retrieve the extension mobility enabled status for the specified device db error | enable extension mobility is unchecked in the phone configuration window | the system could not determine whether the device allows cisco extension mobility also called hoteling | ",
        textsDE: " der em status des geraets liess sich nicht aus der datenbank lesen s1 oder enable extension mobility ist nicht gesetzt s2 | der em status des gerats liess sich nicht aus der datenbank lesen s1 oder enable extension mobility ist nicht gesetzt s2 | im fenster phone configuration ist enable extension mobility nicht aktiviert | ",
        textsEN: " the device s em status could not be read from the database s1 or enable extension mobility is unchecked s2 | ",
        actions: " ",
        hintsDE: " unter device phone pruefen ob enable extension mobility aktiviert ist ist es aktiviert liess sich der wert nicht aus der datenbank lesen die datenbank pruefen | unter device phone prufen ob enable extension mobility aktiviert ist ist es aktiviert liess sich der wert nicht aus der datenbank lesen die datenbank prufen | enable extension mobility am telefon pruefen | enable extension mobility am telefon prufen | ",
        hintsEN: " under device phone check that enable extension mobility is checked if it is the flag could not be read from the database look at the database | check enable extension mobility on the phone | ")
    case 21:
      return SearchIndex(
        names: " hoteling status error | get device hoteling status error | ",
        displays: " login is unavailable 21 | logout is unavailable 21 | ",
        keywordsDE: " anmeldestatus | db fehler | db | ", keywordsEN: " login status | db | ",
        texts: " could not verify the login status of the specified device db error | the current user status was not retrieved from either the local cache or database | the system could not determine whether these is a user currently is logged in sic | ",
        textsDE: " der anmeldestatus des geraets liess sich weder aus dem cache noch aus der datenbank lesen | der anmeldestatus des gerats liess sich weder aus dem cache noch aus der datenbank lesen | der aktuelle benutzerstatus liess sich weder aus dem lokalen cache noch aus der datenbank abrufen | ",
        textsEN: " the device s login status could not be read from the local cache or the database | ",
        actions: " ",
        hintsDE: " ",
        hintsEN: " ")
    case 22:
      return SearchIndex(
        names: " device logon disabled | dev logon disabled | device does not allow extension mobility | ",
        displays: " login is unavailable 22 | 22 dev logon disabled | error 22 dev logon disabled | ",
        keywordsDE: " deaktiviert | nicht aktiviert | geraeteanmeldung | gerateanmeldung | ", keywordsEN: " not enabled | ",
        texts: " extension mobility is not enabled on the device | em is not enabled on the device and the request is sent via the em api or the services button is pressed on the phone | the device that is specified is not configured for extension mobility | ",
        textsDE: " am geraet ist extension mobility nicht aktiviert die anfrage kam ueber die em api oder die services taste | am gerat ist extension mobility nicht aktiviert die anfrage kam uber die em api oder die services taste | em ist am geraet nicht aktiviert und die anfrage kommt ueber die em api oder durch druecken der services taste am telefon | em ist am gerat nicht aktiviert und die anfrage kommt uber die em api oder durch drucken der services taste am telefon | ",
        textsEN: " extension mobility is not enabled on the device the request came via the em api or the services button | ",
        actions: " check enable extension mobility in the phone configuration window device phone | ",
        hintsDE: " ein klassiker unter device phone beim telefon enable extension mobility aktivieren und speichern in callmanager 4 1 erschien diese option erst nachdem das telefon mit insert angelegt war | enable extension mobility am telefon setzen | ",
        hintsEN: " a classic under device phone check enable extension mobility for the phone and save in callmanager 4 1 the option appeared only after the phone had been added with insert | check enable extension mobility on the phone | ")
    case 23:
      return SearchIndex(
        names: " user not found | user does not exist | user does not exist | ",
        displays: " login is unavailable 23 | logout is unavailable 23 | ",
        keywordsDE: " nicht gefunden | unbekannt | benutzer unbekannt | existiert nicht | benutzername | ", keywordsEN: " user unknown | unknown user | typo | username | ",
        texts: " given user id is invalid | user does not exist the given user id is not found in any of the remote clusters with a logintype url it also occurs when the user id uid self service user id sp or primary extension dn is not found | the userid that was entered for login does not exist in the system | ",
        textsDE: " die eingegebene benutzer id gibt es im cucm nicht mit logintype auch self service id sp oder primaerdurchwahl dn nicht gefunden | die eingegebene benutzer id gibt es im cucm nicht mit logintype auch self service id sp oder primardurchwahl dn nicht gefunden | der benutzer existiert nicht die angegebene benutzer id wurde nicht gefunden auch in keinem der entfernten cluster mit einer logintype url tritt der fehler auch auf wenn user id uid self service user id sp oder primary extension dn nicht gefunden werden | ",
        textsEN: " the user id entered does not exist in cucm with logintype also self service id sp or primary extension dn not found | ",
        actions: " ",
        hintsDE: " die benutzer id auf tippfehler pruefen und sicherstellen dass der benutzer im cucm existiert bei anmeldung per logintype die self service id sp bzw die primaerdurchwahl dn pruefen ohne gesetzte primaerdurchwahl scheitert die anmeldung mit 23 | die benutzer id auf tippfehler prufen und sicherstellen dass der benutzer im cucm existiert bei anmeldung per logintype die self service id sp bzw die primardurchwahl dn prufen ohne gesetzte primardurchwahl scheitert die anmeldung mit 23 | benutzer id bzw sp dn pruefen | benutzer id bzw sp dn prufen | ",
        hintsEN: " check the user id for typos and make sure the user exists in cucm for logins by logintype check the self service id sp or primary extension dn without a primary extension set the login fails with 23 | check the user id or sp dn | ")
    case 25:
      return SearchIndex(
        names: " user logged in elsewhere | user already logged in elsewhere | ",
        displays: " multi login not allowed 25 | 25 user logged in elsewhe | error 25 user logged in elsewhere | ",
        keywordsDE: " mehrfachanmeldung | multi login | mehrfach angemeldet | doppelanmeldung | anderswo angemeldet | ", keywordsEN: " multiple login | multi login | logged in elsewhere | ",
        texts: " user is trying to log in to a device but is already logged in to another device and multiple log in is not allowed | the user is currently logged in to some other phone either in the local cluster or a remote cluster | the system denied the login because the specified user is already logged in to a different device | ",
        textsDE: " der benutzer ist bereits an einem anderen telefon angemeldet lokal oder in einem anderen cluster mehrfachanmeldung ist nicht erlaubt | der benutzer ist gerade an einem anderen telefon angemeldet im lokalen oder in einem entfernten cluster | ",
        textsEN: " the user is already logged in on another phone local or remote cluster and multiple logins are not allowed | ",
        actions: " check whether the user is logged in to another phone if multiple logins must be allowed set the multiple login behavior service parameter to multiple logins allowed | ",
        hintsDE: " am anderen telefon abmelden oder unter system service parameters cisco extension mobility multiple login behavior auf multiple logins allowed oder auto logout meldet am ersten geraet ab stellen standard ist multiple logins not allowed | am anderen telefon abmelden oder unter system service parameters cisco extension mobility multiple login behavior auf multiple logins allowed oder auto logout meldet am ersten gerat ab stellen standard ist multiple logins not allowed | abmelden oder multiple login behavior aendern | abmelden oder multiple login behavior andern | ",
        hintsEN: " log the user out on the other phone otherwise change multiple login behavior under system service parameters cisco extension mobility multiple logins allowed or auto logout logs out of the first device default multiple logins not allowed | log out there or change multiple login behavior | ")
    case 26:
      return SearchIndex(
        names: " busy please try again | ",
        displays: " login is unavailable 26 | logout is unavailable 26 | 26 busy please try again | error 26 busy please try again | ",
        keywordsDE: " besetzt | ausgelastet | zu viele anfragen | gleichzeitig | ", keywordsEN: " too many requests | concurrent | ",
        texts: " the server currently is processing the maximum number of log in log out requests additional requests will be accepted after pending ones are processes sic | the emservice has reached the threshold of the maximum concurrent requests service parameter | ",
        textsDE: " der emservice bearbeitet schon so viele an und abmeldungen wie der service parameter maximum concurrent requests erlaubt | der emservice hat den schwellwert des service parameters maximum concurrent requests erreicht | ",
        textsEN: " the emservice is already handling as many logins and logouts as the maximum concurrent requests service parameter allows | ",
        actions: " check whether the number of concurrent login logout requests exceeds the maximum concurrent requests service parameter if so lower the number of concurrent requests verify with the rtmt counter requests in progress extension mobility object | ",
        hintsDE: " zu viele gleichzeitige an und abmeldungen in rtmt objekt extension mobility requests in progress mit dem service parameter maximum concurrent requests system service parameters vergleichen und weniger anfragen gleichzeitig schicken spaeter erneut versuchen | zu viele gleichzeitige an und abmeldungen in rtmt objekt extension mobility requests in progress mit dem service parameter maximum concurrent requests system service parameters vergleichen und weniger anfragen gleichzeitig schicken spater erneut versuchen | weniger anfragen gleichzeitig spaeter erneut | weniger anfragen gleichzeitig spater erneut | ",
        hintsEN: " too many concurrent logins and logouts compare the rtmt counter requests in progress extension mobility object with the maximum concurrent requests service parameter system service parameters and send fewer requests at once try again later | send fewer requests at once retry later | ")
    case 27:
      return SearchIndex(
        names: " change password | ",
        displays: " ",
        keywordsDE: " kennwort | passwort abgelaufen | abgelaufen | erstanmeldung | passwortaenderung | passwortanderung | ", keywordsEN: " expired | password expired | first login | ",
        texts: " password must change on first use or password has expired user must change password from the user page in unified cm administration | ",
        textsDE: " das passwort muss geaendert werden bei der ersten verwendung oder weil es abgelaufen ist | das passwort muss geandert werden bei der ersten verwendung oder weil es abgelaufen ist | ",
        textsEN: " the password must be changed on first use or because it has expired | ",
        actions: " ",
        hintsDE: " das passwort unter user management end user aendern bzw vom benutzer aendern lassen dann erneut anmelden | das passwort unter user management end user andern bzw vom benutzer andern lassen dann erneut anmelden | passwort unter end user aendern | passwort unter end user andern | ",
        hintsEN: " change the password under user management end user or have the user change it then log in again | change the password under end user | ")
    case 28:
      return SearchIndex(
        names: " untrusted ip error | ",
        displays: " login is unavailable 28 | logout is unavailable 28 | ",
        keywordsDE: " vertrauenswuerdig | vertrauenswurdig | ip | ip adresse | ", keywordsEN: " ip | trusted | ",
        texts: " trying to log in or log out from an untrusted ip address | the validate ip address service parameter is set to true and the request comes from a machine whose ip address is not in the trusted list of ips service parameter for example a third party application or the em api | ",
        textsDE: " an oder abmeldung von einer nicht vertrauenswuerdigen ip adresse | an oder abmeldung von einer nicht vertrauenswurdigen ip adresse | der service parameter validate ip address steht auf true und die anfrage kommt von einem rechner dessen ip adresse nicht im service parameter trusted list of ips steht z b eine drittanwendung oder die em api | ",
        textsEN: " login or logout from an untrusted ip address | ",
        actions: " ",
        hintsDE: " unter system service parameters cisco extension mobility die ip adresse des anfragenden systems in trusted list of ips aufnehmen oder wenn keine pruefung gewollt ist validate ip address auf false stellen | unter system service parameters cisco extension mobility die ip adresse des anfragenden systems in trusted list of ips aufnehmen oder wenn keine prufung gewollt ist validate ip address auf false stellen | ip in trusted list of ips aufnehmen | ",
        hintsEN: " under system service parameters cisco extension mobility add the requesting system s ip address to trusted list of ips or if no check is wanted set validate ip address to false | add the ip to trusted list of ips | ")
    case 29:
      return SearchIndex(
        names: " ris down contact admin | ",
        displays: " login is unavailable 29 | logout is unavailable 29 | ",
        keywordsDE: " ausgefallen | nicht erreichbar | real time information server | ", keywordsEN: " service down | unreachable | ",
        texts: " the ris data collector service is down an administrator must turn it on | the real time information server data collector risdc cache is not created or initialized and the emservice is unable to connect to risdc | ",
        textsDE: " der emservice erreicht den ris data collector nicht dessen cache ist nicht angelegt oder der dienst ist ausgefallen | der cache des real time information server data collector risdc ist nicht angelegt oder nicht initialisiert und der emservice kann keine verbindung zum risdc aufbauen | ",
        textsEN: " the emservice cannot reach the ris data collector its cache is not created or the service is down | ",
        actions: " ",
        hintsDE: " den dienst ris data collector in cisco unified serviceability tools control center starten bzw neu starten bis der emservice ihn erreicht scheitern an und abmeldungen | dienst ris data collector neu starten | ",
        hintsEN: " start or restart the ris data collector service in cisco unified serviceability tools control center logins and logouts fail until the emservice can reach it | start or restart ris data collector | ")
    case 30:
      return SearchIndex(
        names: " proxy not allowed | ",
        displays: " login is unavailable 30 | logout is unavailable 30 | ",
        keywordsDE: " proxy | via header | header | ", keywordsEN: " proxy | ",
        texts: " log in or log out using a proxy server is not allowed | login and logout occur through a proxy via is set in the http header and the allow proxy service parameter is set to false | ",
        textsDE: " an oder abmeldung ueber einen proxy ist nicht erlaubt | an oder abmeldung uber einen proxy ist nicht erlaubt | an und abmeldung laufen ueber einen proxy via im http header gesetzt und der service parameter allow proxy steht auf false | an und abmeldung laufen uber einen proxy via im http header gesetzt und der service parameter allow proxy steht auf false | ",
        textsEN: " login or logout through a proxy server is not allowed | ",
        actions: " ",
        hintsDE: " die anfrage ohne proxy senden kein via header oder unter system service parameters cisco extension mobility allow proxy auf true stellen | ohne proxy senden oder allow proxy true | ",
        hintsEN: " send the request without a proxy no via header or set allow proxy to true under system service parameters cisco extension mobility | bypass the proxy or set allow proxy to true | ")
    case 31:
      return SearchIndex(
        names: " emcc not activated for the user | ",
        displays: " login is unavailable 31 | logout is unavailable 31 | ",
        keywordsDE: " emcc deaktiviert | nicht aktiviert | ", keywordsEN: " not enabled | disabled | ",
        texts: " enable extension mobility cross cluster is not checked in the end user configuration window of the home cluster | ",
        textsDE: " fuer den benutzer ist emcc im heimatcluster nicht aktiviert | fur den benutzer ist emcc im heimatcluster nicht aktiviert | ",
        textsEN: " emcc is not enabled for the user in the home cluster | ",
        actions: " ",
        hintsDE: " im heimatcluster unter user management end user im bereich extension mobility enable extension mobility cross cluster aktivieren | emcc beim endbenutzer aktivieren | ",
        hintsEN: " in the home cluster under user management end user extension mobility pane check enable extension mobility cross cluster | enable emcc for the end user | ")
    case 32:
      return SearchIndex(
        names: " device does not support emcc | ",
        displays: " login is unavailable 32 | logout is unavailable 32 | ",
        keywordsDE: " telefonmodell | nicht unterstuetzt | nicht unterstutzt | modell | ", keywordsEN: " unsupported | phone model | ",
        texts: " the device model does not have emcc capability | ",
        textsDE: " das telefonmodell unterstuetzt kein emcc | das telefonmodell unterstutzt kein emcc | ",
        textsEN: " the phone model does not support emcc | ",
        actions: " ",
        hintsDE: " in cisco unified reporting unter system reports unified cm phone feature list nachsehen welche modelle emcc unterstuetzen und fuer cross cluster anmeldungen ein solches verwenden | in cisco unified reporting unter system reports unified cm phone feature list nachsehen welche modelle emcc unterstutzen und fur cross cluster anmeldungen ein solches verwenden | emcc faehiges telefonmodell verwenden | emcc fahiges telefonmodell verwenden | ",
        hintsEN: " look up the emcc capable models in cisco unified reporting system reports unified cm phone feature list and use one of them for cross cluster logins | use an emcc capable phone model | ")
    case 33:
      return SearchIndex(
        names: " no free emcc dummy device | ",
        displays: " login is unavailable 33 | logout is unavailable 33 | ",
        keywordsDE: " dummy geraet | dummy gerat | keine freien geraete | keine freien gerate | belegt | emcc geraete | emcc gerate | ", keywordsEN: " no free device | all in use | ",
        texts: " all emcc dummy devices are in use by other emcc logins | ",
        textsDE: " alle emcc dummy geraete sind durch andere emcc anmeldungen belegt | alle emcc dummy gerate sind durch andere emcc anmeldungen belegt | ",
        textsEN: " all emcc dummy devices are in use by other emcc logins | ",
        actions: " ",
        hintsDE: " weitere emcc geraete anlegen bulk administration emcc insert update emcc insert emcc devices anzahl in number of emcc devices to be added eintragen run immediately sonst gelingt die anmeldung erst wenn ein geraet frei wird | weitere emcc gerate anlegen bulk administration emcc insert update emcc insert emcc devices anzahl in number of emcc devices to be added eintragen run immediately sonst gelingt die anmeldung erst wenn ein gerat frei wird | weitere emcc geraete per bat anlegen | weitere emcc gerate per bat anlegen | ",
        hintsEN: " add emcc devices bulk administration emcc insert update emcc insert emcc devices enter the count in number of emcc devices to be added run immediately otherwise a login works only once a device is free | add emcc devices bulk administration | ")
    case 35:
      return SearchIndex(
        names: " visiting cluster information is not present in home cluster | ",
        displays: " login is unavailable 35 | logout is unavailable 35 | ",
        keywordsDE: " remote cluster | cluster fehlt | besuchscluster | ", keywordsEN: " remote cluster | missing cluster | ",
        texts: " the home cluster has no entry for this visiting cluster | ",
        textsDE: " der heimatcluster hat keinen eintrag fuer diesen besuchscluster | der heimatcluster hat keinen eintrag fur diesen besuchscluster | ",
        textsEN: " the home cluster has no entry for this visiting cluster | ",
        actions: " ",
        hintsDE: " im heimatcluster den besuchscluster als remote cluster eintragen advanced features cluster view in manchen cisco dokumenten advanced features emcc emcc remote cluster | besuchscluster im heimatcluster eintragen | ",
        hintsEN: " in the home cluster add the visiting cluster as a remote cluster advanced features cluster view some cisco documents advanced features emcc emcc remote cluster | add the visiting cluster in the home cluster | ")
    case 36:
      return SearchIndex(
        names: " no remote cluster | ",
        displays: " login is unavailable 36 | logout is unavailable 36 | ",
        keywordsDE: " remote cluster | cluster fehlt | ", keywordsEN: " remote cluster | missing cluster | ",
        texts: " the administrator has not added a remote cluster | ",
        textsDE: " es ist noch kein remote cluster angelegt | ",
        textsEN: " no remote cluster has been added yet | ",
        actions: " ",
        hintsDE: " einen remote cluster anlegen advanced features cluster view in manchen cisco dokumenten advanced features emcc emcc remote cluster | remote cluster anlegen cluster view | ",
        hintsEN: " add a remote cluster advanced features cluster view some cisco documents advanced features emcc emcc remote cluster | add a remote cluster cluster view | ")
    case 37:
      return SearchIndex(
        names: " duplicate device name | ",
        displays: " login is unavailable 37 | logout is unavailable 37 | ",
        keywordsDE: " autoregistrierung | automatische registrierung | doppelter geraetename | doppelter geratename | doppelt | duplikat | ", keywordsEN: " auto registration | autoregistration | duplicate | ",
        texts: " the same device name exists in both the home and visiting clusters | ",
        textsDE: " derselbe geraetename existiert im heimat und im besuchscluster | derselbe geratename existiert im heimat und im besuchscluster | ",
        textsEN: " the same device name exists in both the home and the visiting cluster | ",
        actions: " ",
        hintsDE: " das doppelte telefon gleicher geraetename aus einem der beiden cluster entfernen ein geraet darf nur in einem cluster konfiguriert sein auf clustern mit emcc die autoregistrierung abschalten damit nach einer emcc abmeldung kein neues geraet im heimatcluster entsteht | das doppelte telefon gleicher geratename aus einem der beiden cluster entfernen ein gerat darf nur in einem cluster konfiguriert sein auf clustern mit emcc die autoregistrierung abschalten damit nach einer emcc abmeldung kein neues gerat im heimatcluster entsteht | doppeltes geraet aus einem cluster loeschen | doppeltes gerat aus einem cluster loschen | ",
        hintsEN: " remove the duplicate phone same device name from one of the two clusters a device may be configured in one cluster only on clusters with emcc disable auto registration so that no new device is created in the home cluster after emcc logout | delete the duplicate device in one cluster | ")
    case 38:
      return SearchIndex(
        names: " emcc not allowed | ",
        displays: " login is unavailable 38 | logout is unavailable 38 | ",
        keywordsDE: " emcc deaktiviert | nicht erlaubt | ", keywordsEN: " not allowed | disabled | ",
        texts: " the home cluster does not allow emcc login enable extension mobility cross cluster is not checked in the home cluster | ",
        textsDE: " der heimatcluster erlaubt keine emcc anmeldung enable extension mobility cross cluster dort nicht gesetzt | ",
        textsEN: " the home cluster does not allow emcc login enable extension mobility cross cluster not checked there | ",
        actions: " ",
        hintsDE: " im heimatcluster unter user management end user im bereich extension mobility enable extension mobility cross cluster aktivieren | emcc beim endbenutzer aktivieren | ",
        hintsEN: " in the home cluster under user management end user extension mobility pane check enable extension mobility cross cluster | enable emcc for the end user | ")
    case 39:
      return SearchIndex(
        names: " configuration issue | ",
        displays: " please try to login again 201 | ",
        keywordsDE: " konfigurationsfehler | tftp server | ", keywordsEN: " configuration | ",
        texts: " default tftp server and backup tftp server for the emcc login device are not set properly in the emcc feature configuration page | ",
        textsDE: " default bzw backup tftp server fuer emcc anmeldegeraete sind in der emcc feature configuration falsch gesetzt | default bzw backup tftp server fur emcc anmeldegerate sind in der emcc feature configuration falsch gesetzt | ",
        textsEN: " the default or backup tftp server for emcc login devices is not set properly in the emcc feature configuration | ",
        actions: " ",
        hintsDE: " unter advanced features emcc emcc feature configuration die felder default tftp server for emcc login device und backup tftp server for emcc login device richtig setzen | tftp server in emcc feature config setzen | ",
        hintsEN: " under advanced features emcc emcc feature configuration set default tftp server for emcc login device and backup tftp server for emcc login device correctly | set the tftp servers in emcc feature config | ")
    case 40:
      return SearchIndex(
        names: " no response from remote host | ",
        displays: " please try to login again 23 | ",
        keywordsDE: " timeout | zeitueberschreitung | zeituberschreitung | keine antwort | nicht erreichbar | ", keywordsEN: " timeout | no response | unreachable | ",
        texts: " no response received from the remote host | ",
        textsDE: " der entfernte host cluster hat nicht geantwortet | ",
        textsEN: " no response was received from the remote host cluster | ",
        actions: " ",
        hintsDE: " pruefen ob der entfernte cluster laeuft und ueber das netz erreichbar ist | prufen ob der entfernte cluster lauft und uber das netz erreichbar ist | erreichbarkeit des remote clusters pruefen | erreichbarkeit des remote clusters prufen | ",
        hintsEN: " check that the remote cluster is up and reachable over the network | check the remote cluster is reachable | ")
    case 41:
      return SearchIndex(
        names: " pin change is required | ",
        displays: " ",
        keywordsDE: " pin aendern | pin andern | pin aenderung | pin anderung | neue pin | ", keywordsEN: " change pin | new pin | ",
        texts: " the administrator enabled user must change at next login for the pin the user is redirected to the change credentials page | ",
        textsDE: " der administrator hat fuer die pin user must change at next login gesetzt der benutzer muss seine pin aendern | der administrator hat fur die pin user must change at next login gesetzt der benutzer muss seine pin andern | ",
        textsEN: " the administrator set user must change at next login for the pin the user must change the pin | ",
        actions: " ",
        hintsDE: " der benutzer wird auf die seite change credentials geleitet und muss dort eine neue pin setzen | neue pin unter change credentials setzen | ",
        hintsEN: " the user is taken to the change credentials page and must set a new pin there | set a new pin on change credentials | ")
    case 42:
      return SearchIndex(
        names: " invalid clusterid | ",
        displays: " login is unavailable 42 | logout is unavailable 42 | ",
        keywordsDE: " cluster id | clusterid | ungueltig | ungultig | enterprise parameter | ", keywordsEN: " cluster id | invalid | ",
        texts: " the remote cluster id is not valid this can occur during a remote cluster update | ",
        textsDE: " die cluster id des remote clusters ist ungueltig das kann bei einem remote cluster update auftreten | die cluster id des remote clusters ist ungultig das kann bei einem remote cluster update auftreten | ",
        textsEN: " the remote cluster id is not valid this can occur during a remote cluster update | ",
        actions: " ",
        hintsDE: " die cluster id des remote clusters advanced features cluster view muss dem enterprise parameter cluster id des anderen clusters entsprechen system enterprise parameters je cluster eindeutig | cluster id mit enterprise parameter abgleichen | ",
        hintsEN: " the remote cluster s cluster id advanced features cluster view must match the cluster id enterprise parameter of the other cluster system enterprise parameters unique per cluster | match cluster id to the enterprise parameter | ")
    case 43:
      return SearchIndex(
        names: " device security mode error | ",
        displays: " login is unavailable 43 | ",
        keywordsDE: " sicherheitsprofil | sicherheitsmodus | ", keywordsEN: " security profile | secure mode | ",
        texts: " the device security profile associated with the emcc device should be nonsecure for its device security mode | ",
        textsDE: " das sicherheitsprofil des emcc geraets muss den device security mode nonsecure haben | das sicherheitsprofil des emcc gerats muss den device security mode nonsecure haben | ",
        textsEN: " the emcc device s security profile must have the device security mode nonsecure | ",
        actions: " ",
        hintsDE: " im phone security profile des emcc geraets system security phone security profile den device security mode auf nonsecure stellen | im phone security profile des emcc gerats system security phone security profile den device security mode auf nonsecure stellen | device security mode auf nonsecure stellen | ",
        hintsEN: " in the emcc device s phone security profile system security phone security profile set device security mode to nonsecure | set device security mode to nonsecure | ")
    case 44:
      return SearchIndex(
        names: " cluster id not valid | ",
        displays: " please try to login again 201 | ",
        keywordsDE: " cluster id | clusterid | ungueltig | ungultig | enterprise parameter | ", keywordsEN: " cluster id | invalid | ",
        texts: " occurs when the cluster id is not valid | ",
        textsDE: " die cluster id ist ungueltig | die cluster id ist ungultig | ",
        textsEN: " the cluster id is not valid | ",
        actions: " ",
        hintsDE: " die cluster id des remote clusters advanced features cluster view muss dem enterprise parameter cluster id des anderen clusters entsprechen system enterprise parameters je cluster eindeutig | cluster id mit enterprise parameter abgleichen | ",
        hintsEN: " the remote cluster s cluster id advanced features cluster view must match the cluster id enterprise parameter of the other cluster system enterprise parameters unique per cluster | match cluster id to the enterprise parameter | ")
    case 45:
      return SearchIndex(
        names: " remote cluster version not supported | ",
        displays: " login is unsuccessful 45 | ",
        keywordsDE: " version | nicht unterstuetzt | nicht unterstutzt | sicherheitsmodus | ", keywordsEN: " version | unsupported | ",
        texts: " the visiting cluster is 9 x in mixed mode the phone is in secure mode and the home cluster is 8 x | ",
        textsDE: " nicht unterstuetzte kombination besuchscluster 9 x im mixed mode telefon im secure mode heimatcluster 8 x | nicht unterstutzte kombination besuchscluster 9 x im mixed mode telefon im secure mode heimatcluster 8 x | ",
        textsEN: " unsupported combination visiting cluster 9 x in mixed mode phone in secure mode home cluster 8 x | ",
        actions: " ",
        hintsDE: " cisco unterstuetzt diese kombination nicht besuchscluster 9 x im mixed mode telefon im secure mode heimatcluster 8 x die anmeldung gelingt erst wenn eine dieser bedingungen nicht mehr zutrifft | cisco unterstutzt diese kombination nicht besuchscluster 9 x im mixed mode telefon im secure mode heimatcluster 8 x die anmeldung gelingt erst wenn eine dieser bedingungen nicht mehr zutrifft | eine der drei bedingungen aufheben | ",
        hintsEN: " cisco does not support this combination visiting cluster 9 x in mixed mode phone in secure mode home cluster 8 x the login works only once one of these conditions no longer holds | remove one of the three conditions | ")
    case 46:
      return SearchIndex(
        names: " remote cluster security mode not supported | ",
        displays: " login is unsuccessful 46 | ",
        keywordsDE: " nicht unterstuetzt | nicht unterstutzt | sicherheitsmodus | ", keywordsEN: " unsupported | ",
        texts: " the visiting cluster is in mixed mode the phone is in secure mode and the home cluster is in nonsecure mode | ",
        textsDE: " nicht unterstuetzte kombination besuchscluster im mixed mode telefon im secure mode heimatcluster im nonsecure mode | nicht unterstutzte kombination besuchscluster im mixed mode telefon im secure mode heimatcluster im nonsecure mode | ",
        textsEN: " unsupported combination visiting cluster in mixed mode phone in secure mode home cluster in nonsecure mode | ",
        actions: " ",
        hintsDE: " cisco unterstuetzt diese kombination nicht besuchscluster im mixed mode telefon im secure mode heimatcluster im nonsecure mode die anmeldung gelingt erst wenn eine dieser bedingungen nicht mehr zutrifft | cisco unterstutzt diese kombination nicht besuchscluster im mixed mode telefon im secure mode heimatcluster im nonsecure mode die anmeldung gelingt erst wenn eine dieser bedingungen nicht mehr zutrifft | eine der drei bedingungen aufheben | ",
        hintsEN: " cisco does not support this combination visiting cluster in mixed mode phone in secure mode home cluster in nonsecure mode the login works only once one of these conditions no longer holds | remove one of the three conditions | ")
    case 47:
      return SearchIndex(
        names: " dn has multiple users | ",
        displays: " dn has multiple users 47 | ",
        keywordsDE: " rufnummer | nebenstelle | mehrere benutzer | doppelt | ", keywordsEN: " extension | directory number | duplicate | ",
        texts: " during emcc login the extension used for login is assigned to multiple users as primary | ",
        textsDE: " die bei der emcc anmeldung verwendete durchwahl ist bei mehreren benutzern als primaerdurchwahl eingetragen | die bei der emcc anmeldung verwendete durchwahl ist bei mehreren benutzern als primardurchwahl eingetragen | ",
        textsEN: " the extension used for the emcc login is the primary extension of several users | ",
        actions: " ",
        hintsDE: " die durchwahl nur einem benutzer als primaerdurchwahl zuordnen oder mit der benutzer id anmelden | die durchwahl nur einem benutzer als primardurchwahl zuordnen oder mit der benutzer id anmelden | primaerdurchwahl nur einem benutzer zuordnen | primardurchwahl nur einem benutzer zuordnen | ",
        hintsEN: " make the extension primary for one user only or log in by user id | make the dn primary for one user only | ")
    case 201:
      return SearchIndex(
        names: " authentication error | ",
        displays: " please try to login again 201 | 201 authentication error | error 201 authentication error | ",
        keywordsDE: " falsche pin | pin falsch | authentifizierung | anmeldedaten | ", keywordsEN: " wrong pin | invalid pin | credentials | ",
        texts: " authentication error | for an emcc user this error can occur if emcc is not activated in the intercluster service profile window | ",
        textsDE: " die authentifizierung bei der anmeldung ist fehlgeschlagen benutzer id oder pin bei emcc auch das intercluster service profile | bei einem emcc benutzer kann der fehler auftreten wenn im fenster intercluster service profile emcc nicht aktiviert ist | ",
        textsEN: " authentication failed at login user id or pin for emcc also the intercluster service profile | ",
        actions: " the user should check that the correct userid and pin were entered and check with the system administrator that they are correct | ",
        hintsDE: " unter user management end user benutzer id und pin pruefen und die pin bei bedarf neu setzen bei emcc benutzern unter advanced features emcc emcc intercluster service profile im bereich emcc active setzen | unter user management end user benutzer id und pin prufen und die pin bei bedarf neu setzen bei emcc benutzern unter advanced features emcc emcc intercluster service profile im bereich emcc active setzen | pin unter end user pruefen neu setzen | pin unter end user prufen neu setzen | ",
        hintsEN: " under user management end user verify the user id and pin and reset the pin if needed for emcc users check active in the emcc pane of advanced features emcc emcc intercluster service profile | check reset the pin under end user | ")
    case 202:
      return SearchIndex(
        names: " blank userid or pin | ",
        displays: " please try to login again 202 | 202 blank userid or pin | error 202 blank user id or pin | ",
        keywordsDE: " leer | leeres feld | fehlende pin | ", keywordsEN: " empty | missing pin | ",
        texts: " the user enters a blank user id or pin | ",
        textsDE: " benutzer id oder pin wurde leer gelassen | ",
        textsEN: " the user id or pin was left blank | ",
        actions: " enter a valid userid and pin | ",
        hintsDE: " benutzer id und pin sind pflichtfelder beide ausfuellen und erneut anmelden | benutzer id und pin sind pflichtfelder beide ausfullen und erneut anmelden | benutzer id und pin eingeben | ",
        hintsEN: " user id and pin are both required fill in both and log in again | enter both user id and pin | ")
    case 204:
      return SearchIndex(
        names: " directory server error | ",
        displays: " login is unavailable 204 | ",
        keywordsDE: " falsche pin | pin falsch | verzeichnisserver | authentifizierung | ", keywordsEN: " wrong pin | invalid pin | ",
        texts: " the emapp sends this error to the phone when ims could not authenticate the user with the given pin | ",
        textsDE: " ims konnte den benutzer mit der eingegebenen pin nicht authentifizieren | ",
        textsEN: " ims could not authenticate the user with the pin entered | ",
        actions: " ",
        hintsDE: " die pin wurde nicht akzeptiert unter user management end user die pin des benutzers pruefen und bei bedarf neu setzen | die pin wurde nicht akzeptiert unter user management end user die pin des benutzers prufen und bei bedarf neu setzen | pin unter end user pruefen neu setzen | pin unter end user prufen neu setzen | ",
        hintsEN: " the pin was not accepted under user management end user verify the user s pin and reset it if needed | check reset the pin under end user | ")
    case 205:
      return SearchIndex(
        names: " user profile absent | ",
        displays: " login is unavailable 205 | logout is unavailable 205 | 205 user profile absent | error 205 user profile absent | ",
        keywordsDE: " profil fehlt | profil | kein profil | benutzerprofil | ", keywordsEN: " profile missing | no profile | device profile | ",
        texts: " the user profile information cannot be retrieved from the cache or the database | ",
        textsDE: " das benutzerprofil liess sich weder aus dem cache noch aus der datenbank lesen | ",
        textsEN: " the user profile information could not be read from the cache or the database | ",
        actions: " associate a device profile to the user | ",
        hintsDE: " dem benutzer ein geraeteprofil zuordnen user management end user bereich extension mobility profil von available profiles nach controlled profiles verschieben | dem benutzer ein gerateprofil zuordnen user management end user bereich extension mobility profil von available profiles nach controlled profiles verschieben | dem benutzer ein geraeteprofil zuordnen | dem benutzer ein gerateprofil zuordnen | ",
        hintsEN: " associate a device profile with the user user management end user extension mobility pane move the profile from available profiles to controlled profiles | associate a device profile with the user | ")
    case 207:
      return SearchIndex(
        names: " device name empty | ",
        displays: " login is unavailable 207 | logout is unavailable 207 | 207 device name empty | error 207 device name empty | ",
        keywordsDE: " geraetename fehlt | geratename fehlt | dienst url | service url | ", keywordsEN: " device name missing | service url | ",
        texts: " the device or name tag is missing in the request uri this cannot happen with real devices and can occur only if the request is sent from third party applications | ",
        textsDE: " im request uri fehlt der geraetename das kommt nur bei anfragen von drittanwendungen vor nicht bei echten telefonen | im request uri fehlt der geratename das kommt nur bei anfragen von drittanwendungen vor nicht bei echten telefonen | ",
        textsEN: " the device name is missing in the request uri this happens only with third party applications not with real phones | ",
        actions: " check that the url configured for cisco extension mobility is correct | ",
        hintsDE: " die url des extension mobility dienstes pruefen sie muss den geraetenamen uebergeben z b http ip adresse 8080 emapp emappservlet device devicename | die url des extension mobility dienstes prufen sie muss den geratenamen ubergeben z b http ip adresse 8080 emapp emappservlet device devicename | em dienst url mit device devicename pruefen | em dienst url mit device devicename prufen | ",
        hintsEN: " check the url of the extension mobility service it must pass the device name e g http ip address 8080 emapp emappservlet device devicename | check the em url has device devicename | ")
    case 208:
      return SearchIndex(
        names: " emservice connection error | ",
        displays: " login is unavailable 208 | logout is unavailable 208 | 208 emservice conn error | error 207 em service connection error | ",
        keywordsDE: " verbindungsfehler | nicht erreichbar | zertifikat | ", keywordsEN: " connection error | unreachable | certificate | ",
        texts: " the visiting emapp cannot connect to any visiting emservice the service is down or not activated or the visiting emservice cannot connect to the home emservice the wan is down or certificates are not trusted | ",
        textsDE: " die emapp erreicht keinen emservice dienst ausgefallen oder nicht aktiviert oder bei emcc erreicht der emservice den heimatcluster nicht | ",
        textsEN: " emapp cannot reach any emservice down or not activated or for emcc the emservice cannot reach the home cluster | ",
        actions: " verify the cisco extension mobility service is running cisco unified serviceability tools control center feature services | ",
        hintsDE: " pruefen ob der dienst cisco extension mobility laeuft und aktiviert ist cisco unified serviceability tools control center feature services bei emcc ausserdem die verbindung zum heimatcluster pruefen wan strecke und vertrauenswuerdige zertifikate | prufen ob der dienst cisco extension mobility lauft und aktiviert ist cisco unified serviceability tools control center feature services bei emcc ausserdem die verbindung zum heimatcluster prufen wan strecke und vertrauenswurdige zertifikate | dienst cisco extension mobility pruefen | dienst cisco extension mobility prufen | ",
        hintsEN: " check that the cisco extension mobility service is activated and running cisco unified serviceability tools control center feature services for emcc also check the path to the home cluster the wan and trusted certificates | check the cisco extension mobility service | ")
    case 210:
      return SearchIndex(
        names: " init fail contact admin | ",
        displays: " login is unavailable 210 | logout is unavailable 210 | ",
        keywordsDE: " initialisierung | startfehler | ", keywordsEN: " initialization | startup | ",
        texts: " an error occurred while initializing emapp such as a failure to connect to the database during startup | ",
        textsDE: " die emapp liess sich nicht initialisieren z b weil sie beim start keine verbindung zur datenbank bekam | ",
        textsEN: " emapp failed to initialize e g because it could not connect to the database at startup | ",
        actions: " ",
        hintsDE: " die datenbankverbindung pruefen die emapp scheitert beim initialisieren etwa wenn sie beim start die datenbank nicht erreicht | die datenbankverbindung prufen die emapp scheitert beim initialisieren etwa wenn sie beim start die datenbank nicht erreicht | datenbankverbindung der emapp pruefen | datenbankverbindung der emapp prufen | ",
        hintsEN: " check the database connection emapp fails while initializing for example when it cannot reach the database at startup | check emapp s database connection | ")
    case 211:
      return SearchIndex(
        names: " emcc not activated | ",
        displays: " login is unavailable 211 | logout is unavailable 211 | ",
        keywordsDE: " nicht aktiviert | pstn zugang | ", keywordsEN: " pstn access | not enabled | ",
        texts: " the pstn is not activated in the intercluster service profile window of the visiting cluster | ",
        textsDE: " im intercluster service profile des besuchsclusters ist pstn nicht aktiviert kurzbeschreibung emcc nicht aktiviert | ",
        textsEN: " pstn is not activated in the visiting cluster s intercluster service profile quick description emcc not activated | ",
        actions: " ",
        hintsDE: " im besuchscluster unter advanced features emcc emcc intercluster service profile im bereich pstn access das kontrollkaestchen active setzen laut kurzbeschreibung auch active im bereich emcc pruefen | im besuchscluster unter advanced features emcc emcc intercluster service profile im bereich pstn access das kontrollkastchen active setzen laut kurzbeschreibung auch active im bereich emcc prufen | active im bereich pstn access setzen | ",
        hintsEN: " in the visiting cluster under advanced features emcc emcc intercluster service profile check active in the pstn access pane per the quick description also check active in the emcc pane | check active in the pstn access pane | ")
    case 212:
      return SearchIndex(
        names: " cluster id is invalid | ",
        displays: " login is unavailable 212 | ",
        keywordsDE: " cluster id | clusterid | ungueltig | ungultig | enterprise parameter | ", keywordsEN: " cluster id | invalid | ",
        texts: " a remote cluster update fails by sending an incorrect cluster id to the remote cluster | ",
        textsDE: " ein remote cluster update ist fehlgeschlagen weil es eine falsche cluster id an den entfernten cluster gesendet hat | ",
        textsEN: " a remote cluster update failed because it sent an incorrect cluster id to the remote cluster | ",
        actions: " ",
        hintsDE: " die cluster id des remote clusters advanced features cluster view muss dem enterprise parameter cluster id des anderen clusters entsprechen system enterprise parameters je cluster eindeutig | cluster id mit enterprise parameter abgleichen | ",
        hintsEN: " the remote cluster s cluster id advanced features cluster view must match the cluster id enterprise parameter of the other cluster system enterprise parameters unique per cluster | match cluster id to the enterprise parameter | ")
    case 213:
      return SearchIndex(
        names: " device does not support emcc | ",
        displays: " login is unavailable 213 | logout is unavailable 213 | ",
        keywordsDE: " telefonmodell | nicht unterstuetzt | nicht unterstutzt | modell | ", keywordsEN: " unsupported | phone model | ",
        texts: " the device does not support emcc | ",
        textsDE: " das geraet unterstuetzt kein emcc | das gerat unterstutzt kein emcc | ",
        textsEN: " the device does not support emcc | ",
        actions: " ",
        hintsDE: " in cisco unified reporting unter system reports unified cm phone feature list nachsehen welche modelle emcc unterstuetzen und fuer cross cluster anmeldungen ein solches verwenden | in cisco unified reporting unter system reports unified cm phone feature list nachsehen welche modelle emcc unterstutzen und fur cross cluster anmeldungen ein solches verwenden | emcc faehiges telefonmodell verwenden | emcc fahiges telefonmodell verwenden | ",
        hintsEN: " look up the emcc capable models in cisco unified reporting system reports unified cm phone feature list and use one of them for cross cluster logins | use an emcc capable phone model | ")
    case 215:
      return SearchIndex(
        names: " login type is invalid | ",
        displays: " logintype invalid 215 | ",
        keywordsDE: " logintype | anmeldetyp | dienst url | ", keywordsEN: " logintype | login type | service url | ",
        texts: " the logintype is invalid allowed values sp self service user id dn primary extension uid user id | ",
        textsDE: " der logintype in der em dienst url ist ungueltig erlaubt sind sp dn und uid | der logintype in der em dienst url ist ungultig erlaubt sind sp dn und uid | ",
        textsEN: " the logintype in the em service url is invalid the allowed values are sp dn and uid | ",
        actions: " ",
        hintsDE: " in der em dienst url nur logintype sp dn oder uid verwenden oder den parameter weglassen | logintype sp dn oder uid verwenden | ",
        hintsEN: " use only logintype sp dn or uid in the em service url or leave the parameter out | use logintype sp dn or uid | ")
    case 216:
      return SearchIndex(
        names: " dn has multiple users | ",
        displays: " dn has multiple users 216 | ",
        keywordsDE: " rufnummer | nebenstelle | mehrere benutzer | doppelt | ", keywordsEN: " extension | directory number | duplicate | ",
        texts: " the extension used for em login is assigned to multiple users as primary | ",
        textsDE: " die durchwahl fuer die em anmeldung ist bei mehreren benutzern als primaerdurchwahl eingetragen | die durchwahl fur die em anmeldung ist bei mehreren benutzern als primardurchwahl eingetragen | ",
        textsEN: " the extension used for the em login is the primary extension of several users | ",
        actions: " ",
        hintsDE: " die durchwahl nur einem benutzer als primaerdurchwahl zuordnen oder mit der benutzer id anmelden | die durchwahl nur einem benutzer als primardurchwahl zuordnen oder mit der benutzer id anmelden | primaerdurchwahl nur einem benutzer zuordnen | primardurchwahl nur einem benutzer zuordnen | ",
        hintsEN: " make the extension primary for one user only or log in by user id | make the dn primary for one user only | ")
    default: return SearchIndex()
    }
  }

  /// The folded words of a message's texts, for search.
  static func searchIndex(messageID id: String) -> SearchIndex {
    switch id {
    case "host-not-found":
      return SearchIndex(
        names: " host not found | ",
        displays: " host not found | host not found | ",
        keywordsDE: " host nicht gefunden | ", keywordsEN: " ",
        texts: " ",
        textsDE: " meldung ohne code aus ciscos em fehlertabellen ciscos abhilfe zielt auf den dienst cisco tomcat | ",
        textsEN: " a phone message without a code from cisco s em troubleshooting tables cisco s fix points at the cisco tomcat service | ",
        actions: " check that the cisco tomcat service is running control center network services | ",
        hintsDE: " pruefen ob der dienst cisco tomcat laeuft cisco unified serviceability tools control center network services | prufen ob der dienst cisco tomcat lauft cisco unified serviceability tools control center network services | dienst cisco tomcat pruefen | dienst cisco tomcat prufen | ",
        hintsEN: " check that the cisco tomcat service is running cisco unified serviceability tools control center network services | check the cisco tomcat service | ")
    case "http-503":
      return SearchIndex(
        names: " http error 503 | ",
        displays: " http error 503 | http error 503 | ",
        keywordsDE: " http fehler | cisco extension mobility application | cisco ip phone services | ", keywordsEN: " cisco extension mobility application | cisco ip phone services | ",
        texts: " ",
        textsDE: " http status 503 kein em code welcher dienst zu pruefen ist haengt davon ab wann die meldung erscheint | http status 503 kein em code welcher dienst zu prufen ist hangt davon ab wann die meldung erscheint | ",
        textsEN: " http status 503 not an em code which service to check depends on when the message appears | ",
        actions: " if it appears when the services button is pressed check the cisco ip phone services service if it appears when the extension mobility service is selected check the cisco extension mobility application service control center network services | ",
        hintsDE: " erscheint die meldung beim druecken der services taste den dienst cisco ip phone services pruefen erscheint sie bei auswahl des em dienstes den dienst cisco extension mobility application pruefen control center network services | erscheint die meldung beim drucken der services taste den dienst cisco ip phone services prufen erscheint sie bei auswahl des em dienstes den dienst cisco extension mobility application prufen control center network services | ip phone services bzw em application pruefen | ip phone services bzw em application prufen | ",
        hintsEN: " if it appears when the services button is pressed check the cisco ip phone services service if it appears when the em service is selected check the cisco extension mobility application service control center network services | check ip phone services or em application | ")
    case "login-unavailable":
      return SearchIndex(
        names: " login is unavailable | ",
        displays: " login is unavailable | ",
        keywordsDE: " anmeldung nicht verfuegbar | anmeldung nicht verfugbar | heimatcluster | ausser betrieb | remote activated | ", keywordsEN: " home cluster | out of service | remote activated | ",
        texts: " this error occurs because the visiting cluster has not yet detected the change of the home cluster from out of service to in service | ",
        textsDE: " emcc ohne code der besuchscluster hat noch nicht bemerkt dass der heimatcluster wieder in betrieb ist remote activated false | ",
        textsEN: " emcc no code the visiting cluster has not yet noticed that the home cluster is back in service remote activated is false | ",
        actions: " you can select update remote cluster now in the remote cluster service configuration window advanced features emcc emcc remote cluster to change remote activate values to true which also allows emcc logins otherwise after the next periodic update cycle emcc logins by visiting phones will return to normal | ",
        hintsDE: " im besuchscluster unter advanced features cluster view in manchen cisco dokumenten advanced features emcc emcc remote cluster update remote cluster now waehlen andernfalls funktioniert die anmeldung nach dem naechsten update wieder remote cluster update interval standard 30 minuten | im besuchscluster unter advanced features cluster view in manchen cisco dokumenten advanced features emcc emcc remote cluster update remote cluster now wahlen andernfalls funktioniert die anmeldung nach dem nachsten update wieder remote cluster update interval standard 30 minuten | update remote cluster now im besuchscluster | ",
        hintsEN: " in the visiting cluster choose update remote cluster now under advanced features cluster view some cisco documents advanced features emcc emcc remote cluster otherwise logins recover after the next update remote cluster update interval default 30 minutes | update remote cluster now in visiting cluster | ")
    default: return SearchIndex()
    }
  }
}
