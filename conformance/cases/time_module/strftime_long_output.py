# CPython's buffer grows up to 256 times the format's length; past that the
# result is ''.
import time

t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
for f in ["%1023d", "%1024d", "%2047d", "%2048d", "%4000d", "%99999999999d",
          "ab%2100d", "%2000d%2000d", "%c" * 200, "%A" * 150, "x" * 2000]:
    print(repr(f[:12]), len(f), len(time.strftime(f, t)))
