# Lines ending in CRLF: stdin splits lines at '\n' and keeps the '\r' (POSIX).
import sys

a = input()
print(repr(a), int(a) + 1)
print(repr(sys.stdin.readline()), sys.stdin.readline().split())
print(repr(sys.stdin.read(4)))
print(sys.stdin.readlines())
