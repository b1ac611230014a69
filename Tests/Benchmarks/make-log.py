#!/usr/bin/env python3
"""Writes a synthetic Cisco EM service log of a given size for the emcode benchmark.

Mostly debug lines, as an EM service log at debug level is; about 3 % of the lines are
failed EM API responses, 5 % successful logins or logouts, 1 % query results, and a few
lines carry what EMApp sent to a phone. The content is deterministic (a fixed seed), so
two runs write the same file.

Usage: make-log.py FILE [MEBIBYTES]   (default 200)
"""
import random
import sys

path = sys.argv[1]
size = int(sys.argv[2] if len(sys.argv) > 2 else 200) * 1024 * 1024
random.seed(20261127)

debug = [
    'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Posting to EM Query Service:https://localhost:8443/emservice/EMServiceServlet',
    'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Received request <request><appInfo><appID>emproxy</appID><appEncryptedCertificate>xxxx</appEncryptedCertificate></appInfo><login><deviceName>SEP00{m}</deviceName><userID>user{u}</userID></login></request>',
    'DEBUG [http-nio-8443-exec-{t}] EMServiceCommunicator - Query <query><appInfo><appID>emproxy</appID></appInfo><deviceUserQuery><deviceName>SEP00{m}</deviceName></deviceUserQuery></query>',
    'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Validating request from 10.1.{u}.{t} (proxy allowed: false)',
    'DEBUG [http-nio-8443-exec-{t}] CacheManager - Cache hit for device SEP00{m} [user{u}] in 3 ms',
    'INFO  [http-nio-8443-exec-{t}] EMServiceServlet - Login for user{u} on SEP00{m} took 41 ms',
]
failure = 'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Request failed returning<?xml version="1.0"?><response><failure><error code="{c}">{text}</error></failure></response>'
success = 'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Request succeeded returning<?xml version="1.0"?><response><success/></response>'
query = 'DEBUG [http-nio-8443-exec-{t}] EMServiceServlet - Request succeeded returning<?xml version="1.0"?><response><deviceUserResults><device name="SEP00{m}"><userID>user{u}</userID></device></deviceUserResults></response>'
phone = 'INFO  [http-nio-8443-exec-{t}] EMAppServlet - Device SEP00{m} shows {shown}'
codes = [(22, 'Dev. logon disabled'), (25, 'User logged in elsewhere'), (3, "Could not authenticate 'emproxy'"),
         (26, 'Busy, please try again'), (18, 'Another user logged in'), (23, 'User not found'), (6, 'Database Error')]
shown = ['Login is unavailable(23)', 'Please try to login again (201)', '[208]-EMService Conn. error', 'Login is unavailable(22)']

# Build a block of lines once and repeat it with changing timestamps: fast, and realistic enough.
block = []
for _ in range(20000):
    r = random.random()
    values = dict(t=random.randint(1, 40), m='%010X' % random.getrandbits(40), u=random.randint(1, 5000))
    if r < 0.03:
        c, text = random.choice(codes)
        line = failure.format(c=c, text=text, **values)
    elif r < 0.08:
        line = success.format(**values)
    elif r < 0.09:
        line = query.format(**values)
    elif r < 0.092:
        line = phone.format(shown=random.choice(shown), **values)
    else:
        line = random.choice(debug).format(**values)
    block.append(line)

written = 0
second = 0
with open(path, 'w') as out:
    while written < size:
        chunk = []
        for line in block:
            second += 1
            chunk.append('2026-11-27 %02d:%02d:%02d,%03d %s\n' % (second // 3600 % 24, second // 60 % 60, second % 60, second % 1000, line))
        text = ''.join(chunk)
        if written + len(text) > size:
            text = text[: text.rfind('\n', 0, size - written) + 1]
            if not text:
                break
        out.write(text)
        written += len(text)
