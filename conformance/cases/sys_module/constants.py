# The facts sys reports about the interpreter: sizes, byte order, versions.
import sys

print(sys.maxsize, sys.maxsize == 2**63 - 1)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(sys.byteorder)
print(sys.float_repr_style)
print(sys.version_info)
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor, sys.version_info.micro)
print(sys.version_info.releaselevel, sys.version_info.serial)
major, minor, *rest = sys.version_info
print(major, minor, rest)
print(sys.version.split()[0], sys.version.startswith("%d.%d" % sys.version_info[:2]))
print(hex(sys.hexversion), sys.hexversion >= 0x030B0000)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.argv, len(sys.argv))
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(type(sys.version_info).__name__ in ("version_info", "sys.version_info"))
if sys.version_info >= (3, 10):
    print("match statements available")
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
