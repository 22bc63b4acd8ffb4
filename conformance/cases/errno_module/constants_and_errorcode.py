# errno: the E* constants and errorcode, plain data (Linux values).
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.errorcode[11])
print(len(errno.errorcode), sorted(errno.errorcode)[:5])
print(sorted(n for n in dir(errno) if n.startswith("E"))[:8])
names = [n for n in dir(errno) if n.startswith("E")]
print(all(isinstance(getattr(errno, n), int) for n in names), len(names))
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
try:
    raise FileNotFoundError(errno.ENOENT, "No such file or directory", "x.txt")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], e)
from errno import EINVAL, errorcode
print(EINVAL, errorcode[EINVAL])
