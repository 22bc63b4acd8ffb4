"""Base16, base32, base64, base85 and Ascii85 data encodings, as CPython
3.11's base64 module.

Written for moat from the documented semantics of CPython 3.11
(RFC 4648 and the Ascii85/base85 variants), with its messages. The base64
and hex codecs are binascii's (stdlib_safe/py/binascii.py); the others are
computed here. encode() and decode() work on any binary file objects
(io.BytesIO in the sandbox).
"""

import binascii

__all__ = ["encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode",
           "b16encode", "b16decode", "b85encode", "b85decode",
           "a85encode", "a85decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode",
           "encode", "decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return s.encode("ascii")
    data = binascii._bytes_like(s)
    if data is not None:
        return data
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                    % s.__class__.__name__)


def _input_bytes(s):
    # memoryview(s).tobytes(), as the base32 and base85 encoders take input.
    data = binascii._bytes_like(s)
    if data is not None:
        return data
    raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                    % type(s).__name__)


# ---- base64 ----

def b64encode(s, altchars=None):
    """Encodes bytes with base64 (altchars: two bytes replacing + and /)."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decodes base64 (validate: refuse anything outside the alphabet)."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_URLSAFE_ENCODE = bytes.maketrans(b"+/", b"-_")
_URLSAFE_DECODE = bytes.maketrans(b"-_", b"+/")


def urlsafe_b64encode(s):
    return b64encode(s).translate(_URLSAFE_ENCODE)


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.translate(_URLSAFE_DECODE))


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_type_check(s):
    data = binascii._bytes_like(s)
    if data is None:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    # An array's buffer has its typecode as format: only bytes are taken.
    code = getattr(s, "typecode", "B") if not isinstance(s, bytes_types) else "B"
    if code not in ("b", "B"):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (code, s.__class__.__name__))
    return data


def encodebytes(s):
    """Base64 with a newline after every 76 characters and at the end."""
    s = _input_type_check(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decodes what encodebytes() made."""
    return binascii.a2b_base64(_input_type_check(s))


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        # Fill the line: a short read is not the end of the file.
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


# ---- base32 ----

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
_B32_PAD = {1: 6, 2: 4, 3: 3, 4: 1}  # leftover bytes -> '=' at the end
_B32_KEEP = {0: 0, 1: 4, 3: 3, 4: 2, 6: 1}  # '=' count -> bytes of the last group


def _b32encode(alphabet, s):
    s = _input_bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        word = int.from_bytes(s[i:i + 5], "big")
        out += bytes(alphabet[(word >> shift) & 31] for shift in (35, 30, 25, 20, 15, 10, 5, 0))
    if leftover:
        pads = _B32_PAD[leftover]
        out[-pads:] = b"=" * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b"=")
    pads = total - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    word = 0
    for i in range(0, len(s), 8):
        word = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            word = (word << 5) | v
        out += word.to_bytes(5, "big")
    if pads not in _B32_KEEP:
        raise binascii.Error("Incorrect padding")
    if pads and out:
        word <<= 5 * pads
        out[-5:] = word.to_bytes(5, "big")[:_B32_KEEP[pads]]
    return bytes(out)


def b32encode(s):
    """Encodes bytes with base32 (RFC 4648)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decodes base32 (casefold: accept lowercase; map01: what 1 means)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encodes bytes with the extended-hex base32 alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decodes extended-hex base32."""
    return _b32decode(_B32HEX, s, casefold)


# ---- base16 ----

def b16encode(s):
    """Encodes bytes with base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decodes base16 (casefold: accept lowercase)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---- base85 and Ascii85 ----

_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUE = {c: i for i, c in enumerate(_B85)}
_A85 = bytes(range(33, 118))
_A85START = b"<~"
_A85END = b"~>"


def _85encode(b, alphabet, pad, foldnuls, foldspaces):
    b = _input_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + bytes(padding)
    chunks = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], "big")
        if foldnuls and word == 0:
            chunks.append(b"z")
        elif foldspaces and word == 0x20202020:
            chunks.append(b"y")
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
                digits[k] = alphabet[digits[k]]
            chunks.append(bytes(digits))
    if padding and not pad:
        if chunks[-1] == b"z":
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b"".join(chunks)


def b85encode(b, pad=False):
    """Encodes bytes with base85 (as in git binary patches)."""
    return _85encode(b, _B85, pad, False, False)


def b85decode(b):
    """Decodes base85."""
    b = _bytes_from_decode_data(b)
    padding = (-len(b)) % 5
    b = b + b"~" * padding
    out = []
    for i in range(0, len(b), 5):
        word = 0
        for j in range(i, i + 5):
            v = _B85_VALUE.get(b[j])
            if v is None:
                raise ValueError("bad base85 character at position %d" % j)
            word = word * 85 + v
        if word > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out.append(word.to_bytes(4, "big"))
    result = b"".join(out)
    if padding:
        result = result[:-padding]
    return result


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encodes bytes with Ascii85."""
    result = _85encode(b, _A85, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b"")
        result = b"\n".join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\x0b"):
    """Decodes Ascii85."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    for c in b + b"u" * 4:
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + (d - 33)
                if word > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out.append(word.to_bytes(4, "big"))
                group = []
        elif c == 122:  # z
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out.append(b"\0\0\0\0")
        elif foldspaces and c == 121:  # y
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out.append(b"    ")
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    result = b"".join(out)
    padding = 4 - len(group)
    if padding:
        result = result[:-padding]
    return result
