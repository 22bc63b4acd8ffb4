# Caesar and Vigenere ciphers.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, sign=1):
    out, k = [], 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(chr((ord(ch) - base + sign * shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Hello, World! Zebra-crossing at 10pm."
for shift in (1, 3, 13, 25, -3, 52):
    enc = caesar(msg, shift)
    print(shift, enc, caesar(enc, -shift) == msg)
enc = vigenere(msg, "lemon")
print(enc, vigenere(enc, "lemon", -1))
print(caesar(caesar("rot13 twice", 13), 13))
