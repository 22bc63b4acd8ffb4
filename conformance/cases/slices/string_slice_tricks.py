# Common string slicing tricks.
s = "Python Programming"
print(s[:6], s[7:], s[-11:], s[::2], s[1::2], s[::-1])
print(s[:1].lower() + s[1:], s[0] + s[1:].lower(), s[:-1] + s[-1].upper())
fn = "archive.tar.gz"
print(fn[:fn.index(".")], fn[fn.rindex(".") + 1:], fn[-3:] == ".gz")
card = "4111111111111111"
print("*" * (len(card) - 4) + card[-4:], " ".join(card[i:i + 4] for i in range(0, 16, 4)))
isbn = "978-0-306-40615-7"
digits = isbn.replace("-", "")
print(digits[:3], digits[3:-1], digits[-1])
print([s[i:i + 3] for i in range(0, len(s), 3)])
