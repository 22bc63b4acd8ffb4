# blake2b/blake2s: leaf_size and node_offset are unsigned C integers (an int
# only, no __index__; a negative one is "value must be positive"), the
# other numeric parameters C ints, whose overflow comes before the range
# check.
import hashlib


class Index:
    def __index__(self):
        return 5


values = [2 ** 63, 2 ** 64 - 1, 2 ** 64, -2 ** 64, 2 ** 48, 2 ** 48 - 1, 2 ** 32,
          2 ** 32 - 1, 2 ** 31, -2 ** 31 - 1, -1, Index(), 1.0, None]
params = ["node_offset", "leaf_size", "fanout", "depth", "digest_size",
          "node_depth", "inner_size"]
for ctor in [hashlib.blake2b, hashlib.blake2s]:
    for param in params:
        for value in values:
            shown = "Index()" if isinstance(value, Index) else repr(value)
            try:
                ctor(**{param: value})
                print(ctor.__name__, param, shown, "ok")
            except (TypeError, ValueError, OverflowError) as exc:
                print(ctor.__name__, param, shown, type(exc).__name__, exc)
print(hashlib.blake2b(b"x", node_offset=2 ** 64 - 1, digest_size=8).hexdigest())
print(hashlib.blake2s(b"x", node_offset=2 ** 48 - 1, digest_size=8).hexdigest())
