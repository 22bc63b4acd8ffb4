"""Conversions between binary data and ASCII, as CPython 3.11's binascii.

Written for moat from the documented semantics of CPython 3.11's C module
(Modules/binascii.c), with its messages: base64 (a2b_base64 with and
without strict_mode, b2a_base64), hex (a2b_hex, b2a_hex, hexlify,
unhexlify), crc32 and crc_hqx. The uu and quoted-printable codecs are not
provided.
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex",
           "b2a_hex", "hexlify", "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c
_PAD = 61  # ord("=")


def _binary(data):
    # A bytes-like argument ("y*").
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _ascii(data):
    # An ASCII str or bytes-like argument (binascii's ascii_buffer_converter).
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def b2a_base64(data, /, *, newline=True):
    """Base64-codes a line of data."""
    data = _binary(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    i = 0
    while i < full:
        word = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((table[word >> 18], table[(word >> 12) & 63],
                      table[(word >> 6) & 63], table[word & 63]))
        i += 3
    rest = n - full
    if rest == 1:
        word = data[i] << 16
        out += bytes((table[word >> 18], table[(word >> 12) & 63], _PAD, _PAD))
    elif rest == 2:
        word = (data[i] << 16) | (data[i + 1] << 8)
        out += bytes((table[word >> 18], table[(word >> 12) & 63],
                      table[(word >> 6) & 63], _PAD))
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decodes a line of base64 data."""
    data = _ascii(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    values = _B64_VALUE
    quad = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == _PAD:
            padding_started = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    "(%d) cannot be 1 more than a multiple of 4"
                    % (len(out) // 3 * 4 + 1))
    if quad != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _binary(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    for c in data:
        if c not in digits:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, crc=0, /):
    """Computes the CRC-32 incrementally."""
    data = _binary(data)
    table = _CRC_TABLE
    c = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def _crc_hqx_table():
    # CRC-CCITT (polynomial x^16 + x^12 + x^5 + 1), most significant bit first.
    table = []
    for n in range(256):
        c = n << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021 if c & 0x8000 else c << 1) & 0xFFFF
        table.append(c)
    return table


_CRC_HQX_TABLE = _crc_hqx_table()


def crc_hqx(data, crc, /):
    """Computes the CRC-CCITT value incrementally (the one binhex4 uses)."""
    data = _binary(data)
    if not isinstance(crc, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(crc).__name__)
    table = _CRC_HQX_TABLE
    c = crc & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c


# CPython's are C functions: no binding when a class stores one.
_builtin_function(b2a_base64, a2b_base64, b2a_hex, a2b_hex, crc32, crc_hqx)
