# sys.platform as everyday scripts branch on it.
import sys

print(sys.platform, type(sys.platform).__name__)
if sys.platform.startswith("win"):
    newline = "\r\n"
elif sys.platform == "darwin":
    newline = "\r"
else:
    newline = "\n"
print(repr(newline), sys.platform in ("linux", "linux2"), hasattr(sys, "platform"))
print(getattr(sys, "platform"), "platform" in dir(sys))
