"""The program a Windows shortcut (.lnk) starts, for scripts/check-windows.

Reads the shell link's LinkInfo (its local base path, Unicode when it has
one); a link written without one is searched for the program's path.
"""
import re
import struct
import sys


def target(data: bytes) -> str:
    flags = struct.unpack_from("<I", data, 0x14)[0]
    at = 0x4C
    if flags & 0x1:  # HasLinkTargetIDList
        at += 2 + struct.unpack_from("<H", data, at)[0]
    if flags & 0x2:  # HasLinkInfo
        header = struct.unpack_from("<I", data, at + 4)[0]
        local = struct.unpack_from("<I", data, at + 16)[0]
        if header >= 0x24:
            wide = struct.unpack_from("<I", data, at + 28)[0]
            end = data.index(b"\0\0", at + wide)
            end += (end - (at + wide)) % 2
            return data[at + wide:end].decode("utf-16-le")
        if local:
            end = data.index(b"\0", at + local)
            return data[at + local:end].decode("mbcs" if sys.platform == "win32" else "latin-1")
    wide = re.findall(rb"(?:[^\0]\0){3,}?\.\0e\0x\0e\0", data)
    narrow = re.findall(rb"[ -~]{3,}?\.exe", data)
    found = [w.decode("utf-16-le") for w in wide] + [n.decode() for n in narrow]
    found = [f for f in found if ":\\" in f]
    if not found:
        raise SystemExit("no program in this shortcut")
    return max(found, key=len)


if __name__ == "__main__":
    with open(sys.argv[1], "rb") as link:
        print(target(link.read()))
