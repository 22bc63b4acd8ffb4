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
import operator as _operator
import random as _random
from hashlib import md5 as _md5, sha1 as _sha1

# The four variant names UUID.variant answers (texts are behaviour).
RESERVED_NCS = "reserved for NCS compatibility"
RFC_4122 = "specified in RFC 4122"
RESERVED_MICROSOFT = "reserved for Microsoft compatibility"
RESERVED_FUTURE = "reserved for future definition"


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


# Layout of the 128-bit value, most significant first: field name, bit
# offset from the low end, width. UUID.fields lists them in this order.
_LAYOUT = (
    ("time_low", 96, 32),
    ("time_mid", 80, 16),
    ("time_hi_version", 64, 16),
    ("clock_seq_hi_variant", 56, 8),
    ("clock_seq_low", 48, 8),
    ("node", 0, 48),
)
# Where str() puts its dashes, as slices of the 32 hex digits.
_HEX_GROUPS = ((0, 8), (8, 12), (12, 16), (16, 20), (20, None))
_VARIANT_SHIFT = 61   # the three variant bits of clock_seq_hi_variant
_VERSION_SHIFT = 76   # the version nibble of time_hi_version


def _parse_hex(text):
    # Accepts the braces, dashes and URN prefix str()/urn may carry.
    for prefix in ("urn:", "uuid:"):
        text = text.replace(prefix, "")
    digits = text.strip("{}").replace("-", "")
    if len(digits) == 32:
        return int(digits, 16)
    raise ValueError("badly formed hexadecimal UUID string")


def _swap_le(data):
    # bytes_le holds time_low, time_mid and time_hi_version little-endian;
    # reversing each of those three runs gives the big-endian bytes.
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _parse_bytes(data):
    if len(data) != 16:
        raise ValueError("bytes is not a 16-char string")
    assert isinstance(data, bytes), repr(data)
    return int.from_bytes(data, "big")


def _size_name(width):
    return ("an %d-bit" if width == 8 else "a %d-bit") % width


def _pack_fields(fields):
    if len(fields) != 6:
        raise ValueError("fields is not a 6-tuple")
    values = tuple(fields)
    total = 0
    for position, (value, (_, shift, width)) in enumerate(zip(values, _LAYOUT)):
        if not 0 <= value < 1 << width:
            raise ValueError("field %d out of range (need %s value)"
                             % (position + 1, _size_name(width)))
    for value, (_, shift, _) in zip(values, _LAYOUT):
        total |= value << shift
    return total


def _stamp(value, version):
    # Force the RFC 4122 variant (bits 10x) and put the version nibble in.
    if not 1 <= version <= 5:
        raise ValueError("illegal version number")
    value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
    return (value & ~(0xf000 << 64)) | (version << _VERSION_SHIFT)


def _bit_field(shift, width):
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


def _ordering(compare):
    def method(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return compare(self.int, other.int)
    method.__name__ = "__%s__" % compare.__name__
    return method


class UUID:
    """A universally unique identifier: a 128-bit number, immutable."""

    __slots__ = ("int", "is_safe", "__weakref__")

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        if (hex, bytes, bytes_le, fields, int).count(None) != 4:
            raise TypeError("one of the hex, bytes, bytes_le, fields, "
                            "or int arguments must be given")
        # Exactly one form was given; turn it into the 128-bit number.
        if hex is not None:
            int = _parse_hex(hex)
        elif fields is not None:
            int = _pack_fields(fields)
        elif bytes is not None:
            int = _parse_bytes(bytes)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError("bytes_le is not a 16-char string")
            int = _parse_bytes(_swap_le(bytes_le))
        if not 0 <= int < 1 << 128:
            raise ValueError("int is out of range (need a 128-bit value)")
        if version is not None:
            int = _stamp(int, version)
        # __setattr__ refuses every write, so go around it.
        object.__setattr__(self, "int", int)
        object.__setattr__(self, "is_safe", is_safe)

    # ---- pickling: the number, and is_safe's value unless unknown ----

    def __getstate__(self):
        if self.is_safe == SafeUUID.unknown:
            return {"int": self.int}
        return {"int": self.int, "is_safe": self.is_safe.value}

    def __setstate__(self, state):
        safe = SafeUUID(state["is_safe"]) if "is_safe" in state else SafeUUID.unknown
        object.__setattr__(self, "int", state["int"])
        object.__setattr__(self, "is_safe", safe)

    # ---- comparison and conversion: all by the number ----

    __eq__ = _ordering(_operator.eq)
    __lt__ = _ordering(_operator.lt)
    __le__ = _ordering(_operator.le)
    __gt__ = _ordering(_operator.gt)
    __ge__ = _ordering(_operator.ge)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __setattr__(self, name, value):
        raise TypeError("UUID objects are immutable")

    def __str__(self):
        digits = self.hex
        return "-".join(digits[lo:hi] for lo, hi in _HEX_GROUPS)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, str(self))

    # ---- the number in other forms ----

    hex = property(lambda self: "%032x" % self.int)
    urn = property(lambda self: "urn:uuid:%s" % self)
    bytes = property(lambda self: self.int.to_bytes(16, "big"))
    bytes_le = property(lambda self: _swap_le(self.bytes))

    # ---- the six RFC 4122 fields and the values made from them ----

    time_low = _bit_field(96, 32)
    time_mid = _bit_field(80, 16)
    time_hi_version = _bit_field(64, 16)
    clock_seq_hi_variant = _bit_field(56, 8)
    clock_seq_low = _bit_field(48, 8)
    node = _bit_field(0, 48)

    @property
    def fields(self):
        return tuple(getattr(self, name) for name, _, _ in _LAYOUT)

    @property
    def time(self):
        # 60-bit timestamp: time_hi (without the version), mid, low.
        hi = self.time_hi_version & 0x0fff
        return (hi << 48) | (self.time_mid << 32) | self.time_low

    @property
    def clock_seq(self):
        # 14 bits: clock_seq_hi_variant without the variant, then low.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        top = (self.int >> _VARIANT_SHIFT) & 0b111   # 0xx, 10x, 110, 111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122 UUIDs carry a version number.
        if self.variant != RFC_4122:
            return None
        return (self.int >> _VERSION_SHIFT) & 0xf


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
