# UTF-8 input: read(n) and readline(n) count characters.
import sys

name = input()
print(name, len(name), name.upper())
print(repr(sys.stdin.read(3)), repr(sys.stdin.readline(2)))
print(repr(sys.stdin.readline()))
rest = sys.stdin.read()
print(repr(rest), len(rest), [hex(ord(c)) for c in rest[:3]])
