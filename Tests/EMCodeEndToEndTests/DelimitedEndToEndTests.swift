import Foundation
import Testing

/// CSV and TSV as the built binary writes them: exact bytes and exit statuses.
@Suite struct DelimitedEndToEndTests {
  @Test func writesACodeAsCSV() throws {
    let run = try Executable.run(["--format", "csv", "22"])
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdoutData
        == Data(
          ("code,family,name,frequent,phone_display,meaning,fix\r\n"
            + "22,EM-Dienst,Device logon disabled,1,"
            + "Login is unavailable(22) | [22]-Dev.logon disabled | Error 22 Dev Logon Disabled,"
            + "Am Gerät ist Extension Mobility nicht aktiviert; die Anfrage kam über die EM API oder die "
            + "Services-Taste.,"
            + "\"Ein Klassiker: Unter Device > Phone beim Telefon „Enable Extension Mobility“ aktivieren und "
            + "speichern. In CallManager 4.1 erschien diese Option erst, nachdem das Telefon mit „Insert“ angelegt "
            + "war.\"\r\n").utf8), "\(run)")
  }

  @Test func writesTSVInEnglishAndReportsWhatIsUnknown() throws {
    let run = try Executable.run(["--lang", "en", "--format", "tsv", "24", "30"])
    #expect(run.status == 1)
    #expect(run.stderr == "emcode: 24 is not a documented Extension Mobility code; did you mean 23, 25, 42 or 204?\n")
    #expect(
      run.stdout == "code\tfamily\tname\tfrequent\tphone_display\tmeaning\tfix\n"
        + "30\tEM service\tProxy not allowed\t0\tLogin is unavailable(30) | Logout is unavailable(30)\t"
        + "Login or logout through a proxy server is not allowed.\tSend the request without a proxy (no \"Via\" "
        + "header) or set Allow Proxy to True under System > Service Parameters (Cisco Extension Mobility).\n",
      "\(run)")
  }

  @Test func explainWritesOneRowPerOutcome() throws {
    let run = try Executable.run(
      ["--explain", "-", "--format", "csv"], input: Data("<error code=\"22\"/>\nLogin is unavailable(23)\n".utf8))
    #expect(run.status == 0)
    #expect(run.stderr == "")
    #expect(
      run.stdout == "input,line,time,service,request,device,user,kind,number,codes,name,message\r\n"
        + "-,1,,,,,,api_error,22,22,Device logon disabled,\r\n-,2,,,,,,phone_display,23,23,User not found,\r\n")
  }
}
