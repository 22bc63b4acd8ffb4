import sys
n = input()
print(repr(n), int(n))
row = input()
print(repr(row), row.split(), list(row)[-2:])
word = sys.stdin.readline()
print(repr(word), repr(word.strip()), len(word))
name = input()
print(repr(name), len(name), name.upper(), name[::-1], name.encode())
rest = sys.stdin.read()
print(repr(rest), rest.splitlines(), rest.split('\n'), rest.splitlines(True))
for line in rest.splitlines():
    print(len(line), line.isalpha(), line.casefold(), [ord(c) for c in line[:3]])
