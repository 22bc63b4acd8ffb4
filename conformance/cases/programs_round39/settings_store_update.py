# A typed settings store built on MutableMapping: update() with a bad value
# ends the program. CPython's traceback passes through the mixin's frame in
# its frozen _collections_abc ("<frozen _collections_abc>", line 957, in
# update), which has no source line.
from collections.abc import MutableMapping


class SettingsError(TypeError):
    pass


class Settings(MutableMapping):
    schema = {"host": str, "port": int, "debug": bool, "timeout": float}

    def __init__(self, **initial):
        self._values = {}
        self.update(initial)

    def __getitem__(self, key):
        return self._values[key]

    def __setitem__(self, key, value):
        expected = self.schema.get(key)
        if expected is None:
            raise KeyError(f"unknown setting {key!r}")
        if not isinstance(value, expected):
            raise SettingsError(
                f"{key} must be {expected.__name__}, got {type(value).__name__}")
        self._values[key] = value

    def __delitem__(self, key):
        del self._values[key]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in sorted(self._values.items()))
        return f"Settings({inner})"


s = Settings(host="localhost", port=8080)
print(s, len(s), "port" in s, s.get("debug", "unset"))
s.setdefault("debug", False)
s.update([("timeout", 2.5)])
print(s, sorted(s.items()))
print(s.pop("timeout"), s)
for bad in ({"port": "80"}, {"colour": "red"}):
    try:
        s.update(bad)
    except (SettingsError, KeyError) as e:
        print(type(e).__name__, e)
s.update(debug="yes")
