"""Conversions between binary data and ASCII, as CPython 3.11's binascii.

Written for moat from the documented semantics of CPython 3.11's C module
(Modules/binascii.c), with its messages: base64 (a2b_base64 with and
without strict_mode, b2a_base64), hex (a2b_hex, b2a_hex, hexlify,
unhexlify), uu (a2b_uu, b2a_uu), quoted-printable (a2b_qp, b2a_qp), crc32
and crc_hqx. The binhex functions CPython 3.11 still has (deprecated) are
not provided.
"""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex",
           "b2a_hex", "hexlify", "unhexlify", "a2b_uu", "b2a_uu", "a2b_qp",
           "b2a_qp", "crc32", "crc_hqx"]

from operator import index as _index


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


def _bytes_like(data):
    # The bytes of what CPython's buffer protocol accepts and moat has:
    # bytes, bytearray and array.array (its machine form), else None. Also
    # base64's. array is imported only when such an argument comes.
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if not isinstance(data, (str, int, float, list, tuple, dict, type(None))):
        from array import array
        if isinstance(data, array):
            return data.tobytes()
    return None


def _binary(data):
    # A bytes-like argument ("y*").
    result = _bytes_like(data)
    if result is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return result


def _ascii(data):
    # An ASCII str or bytes-like argument (binascii's ascii_buffer_converter).
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    result = _bytes_like(data)
    if result is not None:
        return result
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


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return b2a_hex(data, sep, bytes_per_sep)


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


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    return a2b_hex(hexstr)


def a2b_uu(data, /):
    """Decode a line of uuencoded data."""
    data = _ascii(data)
    n = len(data)
    # The first character holds the length; an empty line decodes as 32 NULs.
    size = (data[0] - 32) & 63 if n else 32
    out = bytearray()
    acc = 0
    bits = 0
    i = 1
    while len(out) < size:
        c = data[i] if i < n else 10
        if c in (10, 13):
            # Spaces eaten at the end of the line: pad with zeros.
            v = 0
        elif c < 32 or c > 96:
            raise Error("Illegal char")
        else:
            v = (c - 32) & 63
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 255)
            acc &= (1 << bits) - 1
        i += 1
    for c in data[i:]:
        # Only whitespace and '`' padding may follow.
        if c not in (32, 96, 10, 13):
            raise Error("Trailing garbage")
    return bytes(out)


def b2a_uu(data, /, *, backtick=False):
    """Uuencode line of data."""
    data = _binary(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")
    out = bytearray(b"`" if backtick and not n else bytes((32 + n,)))
    padded = data + bytes(-n % 3)
    for i in range(0, len(padded), 3):
        word = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        for shift in (18, 12, 6, 0):
            v = (word >> shift) & 63
            out.append(96 if backtick and not v else 32 + v)
    out += b"\n"
    return bytes(out)


_HEX_DIGITS = b"0123456789abcdefABCDEF"
_QP_LINE = 76


def a2b_qp(data, header=False):
    """Decode a string of qp-encoded data."""
    data = _ascii(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i < n:
        c = data[i]
        if c == 61:  # '='
            i += 1
            if i >= n:
                break
            c = data[i]
            if c in (10, 13):
                # A soft line break: '=' up to the end of the line vanishes.
                if c != 10:
                    while i < n and data[i] != 10:
                        i += 1
                if i < n:
                    i += 1
            elif c == 61:
                # '==' from old, broken encoders.
                out.append(61)
                i += 1
            elif i + 1 < n and c in _HEX_DIGITS and data[i + 1] in _HEX_DIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                out.append(61)
        elif header and c == 95:  # '_'
            out.append(32)
            i += 1
        else:
            out.append(c)
            i += 1
    return bytes(out)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \\r and \\n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded."""
    data = _binary(data)
    n = len(data)
    # The line ending of the output is the input's first one's.
    first = data.find(b"\n")
    eol = b"\r\n" if first > 0 and data[first - 1] == 13 else b"\n"
    soft_break = b"=" + eol
    out = bytearray()
    line = 0
    i = 0
    while i < n:
        c = data[i]
        last = i + 1 == n
        nxt = -1 if last else data[i + 1]
        if (c > 126 or c == 61 or (header and c == 95)
                or (c == 46 and line == 0 and (last or nxt in (10, 13, 0)))
                or (not istext and c in (10, 13))
                or (c in (9, 32) and last)
                or (c < 33 and c not in (10, 13)
                    and (quotetabs or c not in (9, 32)))):
            if line + 3 >= _QP_LINE:
                out += soft_break
                line = 0
            out += b"=%02X" % c
            line += 3
            i += 1
        elif istext and (c == 10 or (c == 13 and nxt == 10)):
            line = 0
            # Whitespace ending a line is quoted.
            if out and out[-1] in (9, 32):
                out[-1:] = b"=%02X" % out[-1]
            out += eol
            i += 2 if c == 13 else 1
        else:
            if not last and nxt != 10 and line + 1 >= _QP_LINE:
                out += soft_break
                line = 0
            line += 1
            out.append(95 if header and c == 32 else c)
            i += 1
    return bytes(out)


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
    # Argument Clinic's unsigned_int(bitwise=True): __index__, then masked.
    c = (_index(crc) & 0xFFFFFFFF) ^ 0xFFFFFFFF
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
    table = _CRC_HQX_TABLE
    c = _index(crc) & 0xFFFF
    for b in data:
        c = ((c << 8) & 0xFF00) ^ table[(c >> 8) ^ b]
    return c


# CPython's are C functions: no binding when a class stores one.
_builtin_function(b2a_base64, a2b_base64, b2a_hex, a2b_hex, hexlify, unhexlify,
                  a2b_uu, b2a_uu, a2b_qp, b2a_qp, crc32, crc_hqx)
