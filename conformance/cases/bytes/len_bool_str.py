# len, truth, str/repr and isinstance with bytes.
print(len(b""), len(b"abc"), len(bytearray(5)), bool(b""), bool(b"\x00"), bool(bytearray()))
print(str(b"x"), repr(b"x"), str(bytearray(b"y")), format(b"z"), "{}".format(b"w"))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
print(isinstance(b"", (str, bytes)), type(b"").__name__, type(bytearray()).__name__)
print(bytes.__name__, bytearray.__name__, type(b"") is bytes, issubclass(bytes, object))
print(callable(bytes), bytes is not bytearray)
