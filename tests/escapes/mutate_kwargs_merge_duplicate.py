# f(**m) with a mapping that repeats a key: the merge stops on the repeat and
# formats its str(), running the key's __str__ (and __eq__/__hash__ during the
# lookup) while the half-built keyword dict and the key are only held by the
# VM. Those callbacks allocate enough to force collections, raise, or drop
# the mapping's own references; the repeat must stay alive and nothing read
# freed memory. CPython prints the same lines.
# expect-output: TypeError __main__.f() got multiple values for keyword argument 'key-1'
# expect-output: TypeError (no message)
# expect-output: TypeError __main__.f() got multiple values for keyword argument 'Twin'
# expect-output: RuntimeError keys broke
# expect-output: done


def f(**kwargs):
    return kwargs


class Churn:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        [bytearray(64) for _ in range(2000)]
        return isinstance(other, Churn)

    def __str__(self):
        garbage = [[i] * 8 for i in range(20000)]
        del garbage
        return "key-%d" % self.n


class Mapping:
    def __init__(self, keys):
        self._keys = keys

    def keys(self):
        keys, self._keys = self._keys, None  # the mapping drops its keys
        return iter(keys)

    def __getitem__(self, key):
        return [0] * 100


class Refuses(Churn):
    def __str__(self):
        raise ValueError("str refused")


class Twin(str):
    def __str__(self):
        return "Twin"


def broken_keys():
    yield "ok"
    raise RuntimeError("keys broke")


class Broken(Mapping):
    def keys(self):
        return broken_keys()


for mapping in (Mapping([Churn(0), Churn(1)]), Mapping([Refuses(0), Refuses(1)]),
                Mapping(["a", Twin("a")]), Broken(None)):
    try:
        f(**mapping)
    except (TypeError, ValueError, RuntimeError) as e:
        print(type(e).__name__, str(e) or "(no message)")
print("done")
