# ord and chr, and their errors.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(127)))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([chr(ord("A") + i) for i in range(0, 26, 5)], ord(chr(0x10FFFF)) == 0x10FFFF)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError", e)
try:
    ord("")
except TypeError as e:
    print("TypeError", e)
try:
    ord(65)
except TypeError as e:
    print("TypeError", e)
try:
    chr("a")
except TypeError as e:
    print("TypeError", e)
try:
    chr(65.0)
except TypeError as e:
    print("TypeError", e)
