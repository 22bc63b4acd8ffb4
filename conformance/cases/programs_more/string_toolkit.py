import string
from string import Template

def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)

msg = "Hello, World! Attack at dawn."
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg)

def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]
for s in ["A man, a plan, a canal: Panama", "race a car", ""]:
    print(repr(s), is_palindrome(s))

def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"))
t = Template("$who likes ${what}; cost $$${price}")
print(t.substitute(who="Ann", what="tea", price="3"))
print(t.safe_substitute(who="Bob"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
print(string.punctuation, string.hexdigits, string.whitespace == " \t\n\r\x0b\x0c")
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(reversed(words)), words[::2])
print("{:^20}".format("center"), "|{:*<8}|{:#>8}|".format("l", "r"))
print("%-10s|%5d|%8.3f|%x|%o|%e" % ("name", 42, 3.14159, 255, 8, 12345.678))
print("%(a)s and %(b)r" % {"a": "x", "b": "y"})
print("abc".center(9, "-"), "42".zfill(5), "-42".zfill(5), "x".ljust(3, ".") + "|")
print("Hello World".swapcase(), "hello world".title(), "ß".upper(), "İ".lower().encode())
print("a,b,,c".split(","), "a b  c".split(), " x ".strip(), "xxhixx".strip("x"), "a-b-c".rsplit("-", 1))
print("hello".find("l"), "hello".rfind("l"), "hello".index("e"), "hello".count("l"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError:", e)
print("tab\tsep".expandtabs(4), "line1\nline2\r\nline3".splitlines(True))
print(",".join(map(str, range(5))), "abc".startswith(("x", "a")), "file.tar.gz".endswith(".gz"))
print("Straße".casefold(), "ǅ".istitle(), "12".isdecimal(), "²".isdigit(), "½".isnumeric())
print(f"{'nested ' + f'{1+1}'}", f"{3.14159:.2f}", f"{1234567:,}", f"{0.25:.1%}", f"{255:#x}", f"{42:08b}")
name = "moat"; width = 10
print(f"{name!r:^{width}}|", f"{name=}", f"{width*2=}")
