#!/usr/bin/env python3
"""Rebuilds the binary fixtures of this folder from text fixtures, byte for byte:

  collection/emservice/emservice00042.log.gz  gzip -n -9 of derived-src/emservice00042.log
                                              (-n: no name, no time stamp, so the bytes repeat)
  collection/emservice/core.bin               4096 bytes of a binary file (NUL bytes, an ELF
                                              header) that happens to contain EM text; a tool
                                              reading a folder must skip it
  ticket-utf16.txt                            ticket-crlf.txt as Windows Notepad saves "Unicode":
                                              UTF-16LE with a byte order mark, CRLF kept

Usage: make-derived.py          (from any folder; prints nothing on success)
       make-derived.py --check  (exit 1 if a derived file differs from what it would write)
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def gz():
    with open(os.path.join(HERE, "derived-src", "emservice00042.log"), "rb") as f:
        return subprocess.run(["gzip", "-n", "-9", "-c"], stdin=f, stdout=subprocess.PIPE, check=True).stdout


def core():
    out = bytearray(4096)
    out[0:16] = b"\x7fELF\x02\x01\x01\x00" + bytes(8)          # an ELF header, as in a core dump
    out[16:20] = b"\x04\x00\x3e\x00"                           # e_type CORE, e_machine x86-64
    for i in range(64, 4096, 7):                               # some non-text bytes
        out[i] = (i * 37 + 11) % 256 if i % 3 else 0
    text = (b'\x00EMServiceServlet - 12:Request failed returning<?xml version="1.0"?>\n'
            b'<response>\n<failure>\n<error code="22">Dev. logon disabled</error>\n</failure>\n</response>\n\x00'
            b"\x00<Text>Login is unavailable(23)</Text>\x00")
    out[1024:1024 + len(text)] = text
    return bytes(out)


def utf16():
    with open(os.path.join(HERE, "ticket-crlf.txt"), "rb") as f:
        text = f.read().decode("utf-8")
    return b"\xff\xfe" + text.encode("utf-16-le")


TARGETS = {
    "collection/emservice/emservice00042.log.gz": gz,
    "collection/emservice/core.bin": core,
    "ticket-utf16.txt": utf16,
}


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for rel, make in TARGETS.items():
        path = os.path.join(HERE, rel)
        data = make()
        if check:
            try:
                with open(path, "rb") as f:
                    if f.read() != data:
                        stale.append(rel)
            except FileNotFoundError:
                stale.append(rel)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
