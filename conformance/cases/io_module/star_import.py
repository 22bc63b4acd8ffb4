# `from io import *` binds every name of io.__all__, BlockingIOError among
# them: CPython's io re-exports the built-in exception.
builtin_blocking = BlockingIOError
from io import *
import io

print(BlockingIOError is builtin_blocking, io.BlockingIOError is builtin_blocking)
# (the file classes of io.__all__ are withheld by the sandbox)
print([name for name in ("BlockingIOError", "SEEK_END", "DEFAULT_BUFFER_SIZE", "StringIO")
       if name in io.__all__])
print(SEEK_SET, SEEK_CUR, SEEK_END, io.DEFAULT_BUFFER_SIZE)
stream = StringIO("abc")
print(stream.read(), issubclass(StringIO, TextIOBase), issubclass(BytesIO, BufferedIOBase))
try:
    raise BlockingIOError(11, "would block", 3)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.characters_written)
