/*
 * A stand-in for Windows' bcryptprimitives.dll, for scripts/check-windows
 * only: never shipped. Rust's standard library asks it for random bytes
 * (ProcessPrng, Windows 10 and later); Wine 8 has no such DLL, so the
 * panel would not start under it. This one answers from RtlGenRandom,
 * which Wine has.
 */
#include <windows.h>
#define SystemFunction036 NTAPI SystemFunction036
#include <ntsecapi.h>
#undef SystemFunction036

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!RtlGenRandom(data, n)) {
            return FALSE;
        }
        data += n;
        len -= n;
    }
    return TRUE;
}
