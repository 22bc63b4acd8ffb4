# Native alignment (@) and standard sizes.
import struct

for fmt in ["@bhiq", "@qb", "@bq", "@b0i", "@bi0q", "=bhiq", "<hhl", "@hhl", "ihxP?ne",
            "@cd", "<cd", "@3sI", "@?h", "@e?e", "5x", "", "@lL", "<lL", "@nN"]:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack("@bi", 1, 2), struct.pack("<bi", 1, 2), struct.pack("@bq0i", 1, 2))
print(struct.pack("@b0l", 9))
