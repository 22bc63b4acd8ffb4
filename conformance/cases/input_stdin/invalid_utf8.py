# Bytes that are not UTF-8 decode to lone surrogates (errors='surrogateescape').
import sys

line = sys.stdin.readline()
print(ascii(line), len(line))
print(line.encode("utf-8", "surrogateescape"))
print(ascii(sys.stdin.read(4)))
print(ascii(input()))
print(ascii(sys.stdin.readline(3)), ascii(sys.stdin.readline()))
print(ascii(sys.stdin.read()))
print(sys.stdin.errors, sys.stdin.encoding)
