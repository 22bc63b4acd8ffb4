# OSError's errno/strerror/filename attributes, its str(), and the subclass
# OSError(errno, ...) makes for a known errno.
cases = [
    OSError(), OSError("disk full"), OSError(2, "No such file or directory"),
    OSError(2, "No such file or directory", "data.txt"), OSError(13, "Permission denied", "/etc/x", None, "/tmp/y"),
    OSError(999, "Unknown"), OSError(1, "two", "three", "four", "five", "six"), OSError("a", "b"),
    FileNotFoundError("config.ini not found"), FileNotFoundError(2, "missing", "cfg.ini"),
    PermissionError(1, "nope"), TimeoutError("timed out"), ConnectionRefusedError(111, "refused"),
    OSError(17, "exists"), OSError(110, "timeout"), OSError(32, "pipe"), OSError(None, None),
    OSError(2, "x", None), OSError(True, "bool errno"),
]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, "gone", "f.txt")
e.filename = "g.txt"
e.errno = 5
print(e)
del e.filename
print(e, e.filename)
e.strerror = None
print(e)
class StorageError(OSError):
    pass
s = StorageError(28, "No space left on device", "/data")
print(type(s).__name__, s, s.errno, s.args)
class Custom(OSError):
    def __init__(self, path):
        super().__init__(2, "cannot read", path)
        self.path = path
c = Custom("a.csv")
print(c, c.errno, c.filename, c.path, c.args)
try:
    raise FileNotFoundError(2, "No such file or directory", "input.txt")
except OSError as err:
    print("caught", type(err).__name__, err.errno, err)
try:
    OSError(2, "x", foo=1)
except TypeError as err:
    print("TypeError", err)
print(isinstance(OSError(2, "x"), FileNotFoundError))
raise OSError(13, "Permission denied", "secret.txt")
