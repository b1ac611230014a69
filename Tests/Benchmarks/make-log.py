#!/usr/bin/env python3
"""Writes a synthetic Cisco EM service trace of a given size for the emcode benchmark.

The trace looks like a CUCM 12.x EMService trace at debug level (modelled on Cisco TAC 213251 and
214535, see Tests/Fixtures/traces): every request starts with `EMService Request# ----> : N`, every
line of it carries `N:`, the threads are http-bio-8443-exec-1..40 and requests interleave. The
device and the user are on the request's own lines (`Dev: X-`, `processXMLRequest: U: PROFILE`,
`UserID: U-`), and the answers span several lines (`N:Request succeeded returning<?xml ...` then
`<response>`, `<success/>`, `</response>`; failures with `<error code="N">text</error>`; query
answers one tag per line). About 3 % of the requests fail (22, 25, 23, 12, 26, 18, 3, 6 and the
undocumented 99), for ~5,000 users on ~3,000 devices. About 1 % of the lines carry a phone text:
EMApp lines (http-bio-8080) merged into the trace, as TAC engineers merge the two traces, whose
CiscoIPPhoneText shows e.g. `Login is unavailable(22)` or `Please try to login again (201)`.
Only answers contain `error code="`, so `grep -c 'error code="'` counts the failed requests.

With --app it writes an EMApp trace instead (`EMApp Request# ----->N`, `EMApp Request parameters:
... Device Name=X User Id=U ...`, `Successfully performed Login for user U at X`, and a
CiscoIPPhoneText with the phone display for each failure).

It is fast: it generates one block of requests and repeats it with later timestamps and higher
request numbers (numbers keep increasing and are never reused). The content is deterministic
(a fixed seed), so two runs write the same bytes. A file ends at the end of a log event.

Usage: make-log.py FILE [MEBIBYTES] [--files N] [--app]   (MEBIBYTES defaults to 200)
  --files N   write N files FILE.0 ... FILE.(N-1) of MEBIBYTES/N each, one trace rotated over them
  --app       write an EMApp trace instead of an EMService trace
"""
import datetime
import random
import sys

SEED = 20261127
START = datetime.datetime(2026, 11, 27, 7, 0, 0)
THREADS = 40
HOST = "10.106.111.182"
# EMService failures: code, answer text, weight (per 1,000 failed requests).
FAILURES = [(22, "Dev. logon disabled", 300), (25, "User logged in elsewhere", 200), (23, "User does not exist", 120),
            (12, "Dev. Profile not found", 80), (26, "Busy, please try again", 100), (18, "Another user logged in", 80),
            (3, "Could not authenticate 'CCMSysUser'", 50), (6, "Database Error", 50), (99, "Unknown Error", 20)]
# What EMApp shows on the phone for an EMService code, and for its own codes (201 wrong PIN, 205 no profile).
PHONE = {22: "Login is unavailable(22)", 25: "Multi-Login Not Allowed (25)", 23: "Login is Unavailable (23)",
         12: "Login is unavailable(12)", 26: "Login is unavailable(26)", 18: "Login is unavailable(18)",
         3: "Login is unavailable(3)", 6: "Login is unavailable(6)", 99: "Login is unavailable(99)",
         201: "Please try to login again (201)", 205: "Login is unavailable (205)"}
EMS, EMA, EMC, DBR, CMD = "EMServiceServlet", "EMAppServlet", "EMServiceCommunicator", "DBRequestor", "CMDatabase"
AUT, POL = "Authenticator", "PolicyValidator"
SVC, APP = 1, 2  # which request counter a numbered line carries


class Block:
    """Log events of one block: (time in ms from the block's start, head, counter, relative request
    number, tail). A line is `<time> <head><base + number><tail>`; the tail holds any continuation
    lines. counter 0 means the line carries no request number."""

    def __init__(self, rnd):
        self.rnd = rnd
        self.events = []
        self.seq = 0
        self.busy = {}  # thread -> ms until which it serves a request

    def thread(self, t, prefix, count):
        """A thread number that serves no request at time t (any, if all are busy)."""
        free = [k for k in range(1, count + 1) if self.busy.get((prefix, k), -1) < t]
        k = self.rnd.choice(free) if free else self.rnd.randint(1, count)
        return k

    def add(self, t, level, thread, logger, counter, number, tail, pre=""):
        head = f"{level:<5} [{thread}] {logger:<25} - {pre}"
        self.events.append((t, self.seq, head, counter, number, tail))
        self.seq += 1


def names(rnd):
    last = ["smith", "jones", "brown", "taylor", "wilson", "davies", "evans", "thomas", "johnson", "roberts", "walker",
            "wright", "robinson", "thompson", "white", "hughes", "edwards", "green", "hall", "wood", "harris", "lewis",
            "martin", "jackson", "clarke", "clark", "turner", "hill", "scott", "cooper", "morris", "ward", "moore", "king",
            "watson", "baker", "harrison", "morgan", "patel", "young", "allen", "mitchell", "james", "anderson", "phillips",
            "lee", "bell", "parker", "davis", "chen", "kumar", "singh", "garcia", "muller", "schmidt", "rossi", "dubois",
            "nowak", "silva", "kowalski", "nguyen", "kim", "tanaka", "sato", "ivanov", "novak", "horvat", "jensen"]
    users = sorted({f"{chr(97 + rnd.randrange(26))}{rnd.choice(last)}{rnd.randrange(100) if rnd.random() < 0.6 else ''}"
                    for _ in range(7000)})
    rnd.shuffle(users)
    users = users[:5000]
    devices = sorted({"SEP%012X" % rnd.getrandbits(48) for _ in range(3000)})
    return users, devices


def picker(rnd, items):
    """Picks every item once in a shuffled order, then at random, so nearly all users and devices occur."""
    order = list(items)
    rnd.shuffle(order)

    def pick():
        return order.pop() if order else rnd.choice(items)
    return pick


def service_block(rnd, users, devices, requests, app_share):
    """One block of an EMService trace with `requests` EMService requests and, merged into it,
    app_share EMApp phone-text sessions per EMService request (0.22 gives ~1 % of the lines)."""
    b = Block(rnd)
    busy = b.busy
    profiles = {u: f"{u}-{rnd.choice(['8845', '8865', '7841', '9971'])}-UDP" for u in users}
    no_em = rnd.sample(devices, 150)  # devices with Extension Mobility disabled: 22, most of them on 40
    failures = [f for f in FAILURES for _ in range(f[2])]
    t = 0
    n_app = 0
    pick_user, pick_device = picker(rnd, users), picker(rnd, devices)
    for n in range(requests):
        t += int(rnd.expovariate(1 / 140)) + 1
        k = b.thread(t, "s", THREADS)
        thread = f"http-bio-8443-exec-{k}"
        dev, user = pick_device(), pick_user()
        r = rnd.random()
        fail = None
        if rnd.random() < 0.03:
            fail = rnd.choice(failures)
            kind = "login"
            if fail[0] == 22:
                dev = rnd.choice(no_em[:40]) if rnd.random() < 0.7 else rnd.choice(no_em)
        elif r < 0.38:
            kind = "login"
        elif r < 0.58:
            kind = "logout"
        elif r < 0.83:
            kind = "device"
        elif r < 0.95:
            kind = "check"
        elif r < 0.98:
            kind = "userdevices"
        else:
            kind = "profile"
        now = [t]

        def log(level, logger, msg, numbered=True, lo=0, hi=3, cont=""):
            now[0] += rnd.randint(lo, hi)
            if numbered:
                b.add(now[0], level, thread, logger, SVC, n, msg + cont)
            else:
                b.add(now[0], level, thread, logger, 0, 0, msg + cont)

        def answer_fail(code, text):
            log("INFO", EMS, ':Request failed returning<?xml version="1.0"?>',
                cont=f'\n<response>\n<failure>\n<error code="{code}">{text}</error>\n</failure>\n</response>')

        def answer_ok():
            log("INFO", EMS, ':Request succeeded returning<?xml version="1.0"?>', cont="\n<response>\n<success/>\n</response>")

        b.add(t, "INFO", thread, EMS, SVC, n, "", pre="EMService Request# ----> : ")
        log("DEBUG", EMS, ": Conn. Via Header= null")
        log("DEBUG", EMS, f": osHost is localHostAddress = {HOST}")
        if kind in ("login", "logout"):
            log("INFO", EMS, ":EM Service: Request type=Login/Logout")
            log("INFO", EMS, ": LoginService.processRequest: Received Request")
            log("INFO", EMS, ":Parsing Request...")
        if kind == "login":
            code = fail[0] if fail else None
            if code == 26:
                answer_fail(26, fail[1])
            else:
                log("INFO", EMS, ':Request-><?xml version="1.0"?>')
                log("DEBUG", EMS, f": processXMLRequest: {user}: {'null' if code == 23 else profiles[user]}", lo=20, hi=35)
                log("INFO", EMS, ":Finished Parsing XML request")
                log("INFO", EMS, ":Executing Login...")
                log("INFO", EMS, ": Executing authenticate2...")
                log("INFO", AUT, ":Authenticator.authenticateTransaction: AppID: CCMSysUser- Checking values in credential cache")
                if code == 3:
                    answer_fail(3, fail[1])
                else:
                    log("INFO", AUT, ":Authenticator.authenticateTransaction: AppID: CCMSysUser- Approved through credential cache, %d ms remaining" % rnd.randint(5000, 110000))
                    log("INFO", EMS, ":EMService Authentication succeeded")
                    log("INFO", AUT, f":Authenticator.userExists: UserID: {user}- Calling cmdb.isLocalUser(osUserID)...")
                    if code == 23:
                        log("ERROR", CMD, f"CMDatabase:isLocalUser: no user exists with id: {user}", numbered=False, lo=2, hi=6)
                        log("ERROR", AUT, f"Exception : Uknown user: {user}", numbered=False)
                        answer_fail(23, fail[1])
                    else:
                        log("INFO", AUT, f":Authenticator.userExists: UserID: {user}- cmdb.isLocalUser(osUserID) returned", lo=4, hi=12)
                        log("INFO", POL, f":PolicyValidator.checkDeviceAllowsLogin: Dev: {dev}- Calling dbr.getDeviceObject")
                        log("INFO", DBR, f": PolicyValidator.checkDeviceAllowsLogin: Dev: {dev}- Getting device object")
                        log("INFO", CMD, "getDeviceInfo:Result of the query: {tkproduct=36224, loginduration=, lastuserid=, tkdeviceprotocol=11, pkid=%08x-%04x-%04x-%04x-%012x, tkmodel=36224, logintime=, currentuserid=, allowhotelingflag=%s, fkdevicepool=1b1b9eb6-7803-11d3-bdf0-00108302ead1, tkuserlocale=}"
                            % (rnd.getrandbits(32), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(16), rnd.getrandbits(48), "f" if code == 22 else "t"), numbered=False, lo=2, hi=8)
                        log("INFO", POL, f":PolicyValidator.checkDeviceAllowsLogin: Dev: {dev}- dbr.getDeviceObject returned")
                        if code in (22, 18, 25):
                            if code == 18:
                                log("INFO", POL, ":PolicyValidator.checkCurrentLogin: getCurrentLoginTime return value- %d" % rnd.randint(1795000000, 1796000000))
                            answer_fail(code, fail[1])
                        else:
                            log("INFO", POL, ":PolicyValidator.checkCurrentLogin: no user currently logged in")
                            log("INFO", EMS, f": LoginService.executeLogin: Dev: {dev}- Sending request to DB", lo=5, hi=20)
                            log("INFO", DBR, f": 'DBRequestor.login': Dev: '{dev}' - Getting device profile object")
                            if code == 12:
                                answer_fail(12, fail[1])
                            else:
                                log("INFO", DBR, f": DBRequestor.login: Dev: {dev}- Device profile object returned", lo=1, hi=4)
                                log("INFO", CMD, "CMDatabase:deviceLogin()", numbered=False)
                                if code is not None:  # 6, 99
                                    answer_fail(code, fail[1])
                                else:
                                    log("INFO", DBR, f": DBRequestor.login: Dev: {dev}- deviceLogin returned", lo=150, hi=350)
                                    log("INFO", EMS, f": LoginService.executeLogin: Dev: {dev}- Login Successful")
                                    answer_ok()
        elif kind == "logout":
            log("INFO", EMS, ":Executing Logout...", lo=2, hi=6)
            log("INFO", EMS, f":Executing Logout for device={dev}")
            log("INFO", CMD, "CMDatabase:deviceLogout()", numbered=False, lo=6, hi=12)
            log("INFO", DBR, f": DBRequestor.logout: Dev: {dev}- deviceLogout returned", lo=120, hi=220)
            log("INFO", EMS, f": LoginService.executeLogout: Dev: {dev}- Logout Successful")
            answer_ok()
        elif kind == "device":
            log("INFO", DBR, f":Querying device user for device {dev}")
            log("INFO", DBR, f": DBRequestor.queryDeviceUser: Dev: '{dev}' - Getting device object")
            log("INFO", DBR, f": DBRequestor.queryDeviceUser: Dev: '{dev}' - Device object returned", lo=3, hi=15)
            logged = rnd.random() < 0.4
            log("INFO", DBR, f":Device query info contains userid={user if logged else ''}")
            log("DEBUG", EMS, ": executeQuery complete.")
            if rnd.random() < 0.01:
                body = f'\n<deviceUserResults>\n<device name="{dev}">\n<doesNotExist/>\n</device>\n</deviceUserResults>\n</response>'
            else:
                body = (f'\n<deviceUserResults>\n<device name="{dev}">\n' + (f"<userID>{user}</userID>\n<lastlogin>{user}</lastlogin>" if logged else "<none/>\n<none/>")
                        + "\n<emccDevice>no</emccDevice>\n</device>\n</deviceUserResults>\n</response>")
            log("DEBUG", EMS, ":Query completed, returning<response>", cont=body)
        elif kind == "check":
            log("INFO", EMS, ":EMService Check User Status")
            log("INFO", AUT, f":Authenticator.userExists: UserID: {user}- Calling cmdb.isLocalUser(osUserID)...")
            log("DEBUG", CMD, f"Userid being passed to the query is {user}", numbered=False)
            log("INFO", AUT, f":Authenticator.userExists: UserID: {user}- cmdb.isLocalUser(osUserID) returned", lo=4, hi=10)
            log("DEBUG", EMS, ":Query completed, returning<response>",
                cont=f'\n<checkUserResults>\n<user id="{user}">\n<exists>{user}</exists>\n</user>\n</checkUserResults>\n</response>')
        elif kind == "userdevices":
            log("DEBUG", EMS, ": executeQuery complete.", lo=3, hi=10)
            inner = f"<deviceName>{dev}</deviceName>" if rnd.random() < 0.5 else "<none/>"
            log("DEBUG", EMS, ":Query completed, returning<response>",
                cont=f'\n<userDevicesResults>\n<user id="{user}">\n{inner}\n</user>\n</userDevicesResults>\n</response>')
        else:
            log("DEBUG", EMS, ": executeQuery complete.", lo=3, hi=10)
            log("DEBUG", EMS, ":Query completed, returning<response>",
                cont=f'\n<deviceProfileResults>\n<user id="{user}">\n<deviceProfile>\n<deviceProfileName>{profiles[user]}</deviceProfileName>\n'
                     f"<isDefaultDeviceProfile>t</isDefaultDeviceProfile>\n</deviceProfile>\n</user>\n</deviceProfileResults>\n</response>")
        busy[("s", k)] = now[0]
        # EMApp lines merged into the trace: a login from a phone that ends in a phone text.
        while n_app < (n + 1) * app_share:
            ta = t + rnd.randint(0, 120)
            ka = b.thread(ta, "a", THREADS)
            athread = f"http-bio-8080-exec-{ka}"
            adev, auser = rnd.choice(devices), rnd.choice(users)
            code = rnd.choice([201, 201, 201, 205, 22, 25, 26, 23, 12, 18, 6, 3, 99])
            b.add(ta, "INFO", athread, EMA, APP, n_app, "", pre="EMApp Request# ----->")
            b.add(ta + 1, "INFO", athread, EMA, 0, 0,
                  f"EMApp Request parameters: Logout=null Device Name={adev} User Id={auser} Device Profile=null Refresh=null Remote Host IP Address = 10.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}.{rnd.randint(1, 254)} Via Header Set = false getClusterInfo = null Lang = en_US Charset=utf-8,iso-8859-1;q=0.8 Emcc = null LoginType = null")
            b.add(ta + rnd.randint(60, 400), "DEBUG", athread, EMA, 0, 0,
                  f"Sending response to phone:<CiscoIPPhoneText>\r\n<Title>Extension Mobility</Title>\r\n<Text>{PHONE[code]}</Text>\r\n<Prompt></Prompt>\r\n</CiscoIPPhoneText>")
            busy[("a", ka)] = ta + 400
            n_app += 1
    return b, requests, n_app


def app_block(rnd, users, devices, sessions):
    """One block of an EMApp trace: login pages, logins (about 3 % fail with a phone text), logouts."""
    b = Block(rnd)
    failures = [f[0] for f in FAILURES for _ in range(f[2])] + [201] * 400 + [205] * 60
    t = 0
    a = 0
    for _ in range(sessions):
        t += int(rnd.expovariate(1 / 400)) + 1
        k = b.thread(t, "a", THREADS)
        thread = f"http-bio-8080-exec-{k}"
        dev, user = rnd.choice(devices), rnd.choice(users)
        r = rnd.random()
        kind = "page" if r < 0.45 else "login" if r < 0.8 else "logout"
        now = [t]

        def log(level, logger, msg, lo=0, hi=3):
            now[0] += rnd.randint(lo, hi)
            b.add(now[0], level, thread, logger, 0, 0, msg)

        b.add(t, "INFO", thread, EMA, APP, a, "", pre="EMApp Request# ----->")
        a += 1
        log("INFO", EMA, "EMAppServlet: Request protocol is :http")
        log("INFO", EMA, f"EMApp Request parameters: Logout={'true' if kind == 'logout' else 'null'} Device Name={dev} User Id={user if kind == 'login' else 'null'} Device Profile=null Refresh=null Remote Host IP Address = 10.{rnd.randint(1, 254)}.{rnd.randint(1, 254)}.{rnd.randint(1, 254)} Via Header Set = false getClusterInfo = null Lang = en_US Charset=utf-8,iso-8859-1;q=0.8 Emcc = null LoginType = null")
        if kind == "page":
            log("DEBUG", EMC, f"Posting to EM Service:<query><appInfo><appID>CCMSysUser</appID><appEncryptedCertificate>xxxxxxx</appEncryptedCertificate></appInfo><deviceUserQuery><deviceName>{dev}</deviceName><remoteIPAddr>10.65.40.61</remoteIPAddr></deviceUserQuery></query>")
            log("INFO", EMC, "Posting to EM Query Service:https://localhost:8443/emservice/EMServiceServlet")
            log("INFO", EMA, f"The login status result for :{dev}:null:null:null:no", lo=150, hi=260)
            log("INFO", EMA, f"Sent login page for device {dev}")
        elif kind == "login":
            code = rnd.choice(failures) if rnd.random() < 0.03 else None
            log("DEBUG", EMA, f"isUserLocal: userid = {user}", lo=4, hi=9)
            log("INFO", EMC, "Posting to EM Query Service:https://localhost:8443/emservice/EMServiceServlet")
            log("INFO", EMA, f"User '{user}' exists locally", lo=50, hi=70)
            if code == 201:
                log("DEBUG", EMA, f"Sending response to phone:<CiscoIPPhoneText>\r\n<Title>Extension Mobility</Title>\r\n<Text>{PHONE[201]}</Text>\r\n<Prompt></Prompt>\r\n</CiscoIPPhoneText>", lo=40, hi=60)
            else:
                log("INFO", EMA, f"User authentication complete for user {user}", lo=40, hi=60)
                log("DEBUG", EMC, "Posting to EM Service:<request>\n  <appInfo>\n      <appID>CCMSysUser</appID>\n      <appEncryptedCertificate>xxxxxxx</appEncryptedCertificate>\n  </appInfo>\n"
                                  f"  <login>\n      <deviceName>{dev}</deviceName>\n      <userID>{user}</userID>\n  </login>\n</request>", lo=8, hi=14)
                log("INFO", EMC, "postMsgToLoginService: Service URL :https://localhost:8443/emservice/EMServiceServlet")
                if code is None:
                    log("INFO", EMA, f"Successfully performed Login for user {user} at {dev}", lo=300, hi=500)
                else:
                    log("DEBUG", EMA, f"Sending response to phone:<CiscoIPPhoneText>\r\n<Title>Extension Mobility</Title>\r\n<Text>{PHONE[code]}</Text>\r\n<Prompt></Prompt>\r\n</CiscoIPPhoneText>", lo=60, hi=200)
        else:
            log("DEBUG", EMC, f"Posting to EM Service:<request>\n  <appInfo>\n      <appID>CCMSysUser</appID>\n      <appEncryptedCertificate>xxxxxxx</appEncryptedCertificate>\n  </appInfo>\n  <logout>\n      <deviceName>{dev}</deviceName>\n  </logout>\n</request>")
            log("INFO", EMC, "postMsgToLoginService: Service URL :https://localhost:8443/emservice/EMServiceServlet")
            log("INFO", EMA, f"Successfully performed Logout for user null at {dev}", lo=150, hi=260)
        b.busy[("a", k)] = now[0]
    return b, 0, a


def stream(block, svc_count, app_count, first_svc, first_app):
    """Yields the trace as text chunks, block after block, with later times and higher numbers."""
    events = sorted(block.events, key=lambda e: (e[0], e[1]))
    span = events[-1][0] + 1000
    stamps = {}
    rep = 0
    while True:
        base = {0: 0, SVC: first_svc + rep * svc_count, APP: first_app + rep * app_count}
        t0 = rep * span
        out = []
        for t, _, head, counter, number, tail in events:
            second, ms = divmod(t0 + t, 1000)
            stamp = stamps.get(second)
            if stamp is None:
                stamp = stamps[second] = (START + datetime.timedelta(seconds=second)).strftime("%Y-%m-%d %H:%M:%S")
            if counter:
                out.append(f"{stamp},{ms:03d} {head}{base[counter] + number}{tail}\n")
            else:
                out.append(f"{stamp},{ms:03d} {head}{tail}\n")
        yield "".join(out)
        rep += 1
        if len(stamps) > 200000:
            stamps.clear()


def main(argv):
    args, files, app = [], 1, False
    it = iter(argv)
    for a in it:
        if a == "--files":
            files = int(next(it))
        elif a == "--app":
            app = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return
        elif a.startswith("-"):
            sys.exit("make-log.py: unknown option " + a + "\n" + __doc__.split("\n\n")[-1])
        else:
            args.append(a)
    if not 1 <= len(args) <= 2 or files < 1:
        sys.exit(__doc__.split("\n\n")[-1])
    path = args[0]
    total = int(float(args[1] if len(args) > 1 else 200) * 1024 * 1024)
    rnd = random.Random(SEED)
    users, devices = names(rnd)
    if app:
        block, svc_count, app_count = app_block(rnd, users, devices, 12000)
    else:
        block, svc_count, app_count = service_block(rnd, users, devices, 14000, 0.22)
    chunks = stream(block, svc_count, app_count, 1, 1)
    paths = [path] if files == 1 else [f"{path}.{i}" for i in range(files)]
    pending = ""
    for i, p in enumerate(paths):
        size = total // files + (1 if i < total % files else 0)
        written = 0
        with open(p, "w", newline="") as out:
            while True:
                if not pending:
                    pending = next(chunks)
                if written + len(pending) <= size:
                    out.write(pending)
                    written += len(pending)
                    pending = ""
                    continue
                # Fill up to the size, ending at the end of a log event (before a line that starts a new one).
                cut = pending.rfind("\n2", 0, size - written + 1)
                if cut > 0:
                    out.write(pending[:cut + 1])
                    pending = pending[cut + 1:]
                break


if __name__ == "__main__":
    main(sys.argv[1:])
