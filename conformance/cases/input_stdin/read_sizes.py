# read(n), readline(n), readlines(hint) and their size arguments.
import sys

print(repr(sys.stdin.read(0)), repr(sys.stdin.read(3)), repr(sys.stdin.read(None)[:5]))
