"""UUID objects (RFC 4122): the UUID class, uuid3, uuid4 and uuid5.

Written for moat from the documented behaviour of CPython 3.11's uuid
module, whose messages, reprs and field arithmetic it keeps.

The sandbox has no entropy source, clock or network hardware, so:
- uuid4() draws its 122 random bits from a generator of its own that
  starts from a fixed seed, as `random` does without entropy: a run gets
  distinct UUIDs, the same ones on every run (never use them as secrets),
  and the script's own `random` sequence is left alone;
- uuid1() and getnode(), which read the clock and the host's hardware
  address, raise NotImplementedError saying they are not available.
uuid3() and uuid5() are exactly CPython's (MD5 and SHA-1 of the name,
which 3.11 takes as str only).
"""

import enum
import random as _random
from hashlib import md5 as _md5, sha1 as _sha1

RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"

_UINT128_END = 1 << 128
# (bits, name of the size) of each of the six fields, in order.
_FIELD_WIDTHS = ((32, "a 32-bit"), (16, "a 16-bit"), (16, "a 16-bit"), (8, "an 8-bit"),
                 (8, "an 8-bit"), (48, "a 48-bit"))


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _from_hex_text(text):
    text = text.replace("urn:", "").replace("uuid:", "")
    text = text.strip("{}").replace("-", "")
    if len(text) != 32:
        raise ValueError("badly formed hexadecimal UUID string")
    return int(text, 16)


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    for number, (value, (bits, size)) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= value < 1 << bits:
            raise ValueError("field %d out of range (need %s value)" % (number, size))
    time_low, time_mid, time_hi_version, clock_seq_hi, clock_seq_low, node = fields
    clock_seq = (clock_seq_hi << 8) | clock_seq_low
    return ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
            | (clock_seq << 48) | node)


def _little_endian_fields(data):
    # bytes_le stores the first three fields little-endian.
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A universally unique identifier: a 128-bit number, immutable."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int].count(None)
        if given != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        if hex is not None:
            int = _from_hex_text(hex)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            bytes = _little_endian_fields(bytes_le)
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError("bytes is not a 16-char string")
            assert isinstance(bytes, type(b"")), repr(bytes)
            int = type(0).from_bytes(bytes, "big")
        if fields is not None:
            int = _from_fields(fields)
        if int is not None and not 0 <= int < _UINT128_END:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError("illegal version number")
            # The RFC 4122 variant, then the version number.
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    def __getstate__(self):
        state = {"int": self.int}
        if self.is_safe != SafeUUID.unknown:
            state["is_safe"] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe",
                           SafeUUID(state["is_safe"]) if "is_safe" in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        text = "%032x" % self.int
        return "%s-%s-%s-%s-%s" % (text[:8], text[8:12], text[12:16], text[16:20], text[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, "big")

    @property
    def bytes_le(self):
        return _little_endian_fields(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return "%032x" % self.int

    @property
    def urn(self):
        return "urn:uuid:" + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        if not self.int & (0x4000 << 48):
            return RFC_4122
        if not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version number.
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


def _refused(what):
    return NotImplementedError(
        "%s is not available in the sandbox: moat has no clock or hardware "
        "address to read" % what)


def getnode():
    """Refused: the host's hardware address is not the script's to read."""
    raise _refused("uuid.getnode()")


def uuid1(node=None, clock_seq=None):
    """Refused: a version 1 UUID is made of the time and the host's address."""
    raise _refused("uuid.uuid1()")


def uuid3(namespace, name):
    """The UUID of `name` in `namespace`, from an MD5 hash (version 3)."""
    digest = _md5(namespace.bytes + bytes(name, "utf-8"), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=3)


# uuid4's own generator: the fixed start random.py uses without entropy,
# apart from the script's random module state.
_uuid4_random = _random.Random()


def uuid4():
    """A random UUID (version 4), from a generator with a fixed seed."""
    return UUID(int=_uuid4_random.getrandbits(128), version=4)


def uuid5(namespace, name):
    """The UUID of `name` in `namespace`, from a SHA-1 hash (version 5)."""
    digest = _sha1(namespace.bytes + bytes(name, "utf-8")).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_URL = UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_OID = UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8")
NAMESPACE_X500 = UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8")
